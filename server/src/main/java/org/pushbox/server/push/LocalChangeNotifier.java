package org.pushbox.server.push;

import io.netty.util.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pushbox.storage.api.CommitEvent;
import org.pushbox.storage.api.FolderModseq;
import org.pushbox.storage.api.MailboxStore;

/**
 * The in-process {@link ChangeNotifier}: waiters indexed by account, each account holding a small
 * copy-on-write array with at most one waiter per device. A commit touches one account (an MTA
 * delivery, a client's change), so it looks at that account's few waiters and nothing else; no
 * per-folder index has to be kept in step. Timeouts live on a shared {@link Timer}.
 *
 * <p>Waiters are never completed inside {@link ConcurrentHashMap#compute}: a continuation may register
 * again on the same account, and compute is not re-entrant.
 */
public final class LocalChangeNotifier implements ChangeNotifier {

    private static final LocalWaiter[] NONE = new LocalWaiter[0];

    private final ConcurrentHashMap<Long, LocalWaiter[]> byAccount = new ConcurrentHashMap<>();
    private final Timer timer;

    public LocalChangeNotifier(Timer timer) {
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** A notifier on the shared timer, subscribed to {@code store}'s commits. */
    public static LocalChangeNotifier attach(MailboxStore store) {
        LocalChangeNotifier notifier = new LocalChangeNotifier(PushTimer.shared());
        store.addCommitListener(notifier::publish);
        return notifier;
    }

    @Override
    public Waiter await(Interest interest, Duration timeout) {
        LocalWaiter waiter = new LocalWaiter(this, interest);
        LocalWaiter[] replaced = {null};
        byAccount.compute(interest.accountId(), (account, waiters) -> {
            LocalWaiter[] current = waiters == null ? NONE : waiters;
            for (int i = 0; i < current.length; i++) {
                if (current[i].deviceId() == interest.deviceId()) {
                    replaced[0] = current[i];
                    LocalWaiter[] copy = current.clone();
                    copy[i] = waiter;
                    return copy;
                }
            }
            LocalWaiter[] copy = Arrays.copyOf(current, current.length + 1);
            copy[current.length] = waiter;
            return copy;
        });
        if (replaced[0] != null) {
            replaced[0].finish(Wakeup.SUPERSEDED);
        }
        waiter.schedule(timer, timeout);
        return waiter;
    }

    @Override
    public void publish(CommitEvent event) {
        Map<Long, Set<Long>> foldersByAccount = new HashMap<>();
        for (FolderModseq f : event.folders()) {
            foldersByAccount.computeIfAbsent(f.accountId(), a -> new HashSet<>()).add(f.folderId());
        }
        Set<Long> accounts = new HashSet<>(foldersByAccount.keySet());
        accounts.addAll(event.hierarchyModseqs().keySet());
        for (long account : accounts) {
            LocalWaiter[] waiters = byAccount.get(account);
            if (waiters == null) {
                continue;
            }
            boolean hierarchyChanged = event.hierarchyModseqs().containsKey(account);
            Set<Long> folders = foldersByAccount.getOrDefault(account, Set.of());
            for (LocalWaiter waiter : waiters) {
                Wakeup wakeup = waiter.wakeupFor(folders, hierarchyChanged);
                if (wakeup != null) {
                    waiter.finish(wakeup);
                }
            }
        }
    }

    @Override
    public void release(long accountId, long deviceId) {
        LocalWaiter[] waiters = byAccount.get(accountId);
        if (waiters != null) {
            for (LocalWaiter waiter : waiters) {
                if (waiter.deviceId() == deviceId) {
                    waiter.finish(Wakeup.SUPERSEDED);
                }
            }
        }
    }

    @Override
    public int waiting() {
        int n = 0;
        for (LocalWaiter[] waiters : byAccount.values()) {
            n += waiters.length;
        }
        return n;
    }

    /** Drops {@code waiter} from its account (if still there); the account's entry goes with its last waiter. */
    void remove(LocalWaiter waiter) {
        byAccount.computeIfPresent(waiter.accountId(), (account, waiters) -> {
            List<LocalWaiter> rest = new ArrayList<>(waiters.length);
            for (LocalWaiter w : waiters) {
                if (w != waiter) {
                    rest.add(w);
                }
            }
            if (rest.size() == waiters.length) {
                return waiters;
            }
            return rest.isEmpty() ? null : rest.toArray(NONE);
        });
    }
}
