package org.pushbox.server.push;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A waiter of the {@link LocalChangeNotifier}. Kept small on purpose (see docs/push.md for the
 * figure): the folders as a sorted {@code long[]} rather than a set of boxed longs, the future and the
 * timer's timeout, nothing else.
 */
final class LocalWaiter implements Waiter {

    private final LocalChangeNotifier owner;
    private final long accountId;
    private final long deviceId;
    private final long[] folderIds;
    private final boolean hierarchy;
    private final CompletableFuture<Wakeup> wakeup = new CompletableFuture<>();
    private volatile Timeout timeout;
    private volatile boolean finished;

    private static final VarHandle FINISHED;

    static {
        try {
            FINISHED = MethodHandles.lookup().findVarHandle(LocalWaiter.class, "finished", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    LocalWaiter(LocalChangeNotifier owner, Interest interest) {
        this.owner = owner;
        this.accountId = interest.accountId();
        this.deviceId = interest.deviceId();
        this.folderIds = interest.folderIds().stream().mapToLong(Long::longValue).sorted().toArray();
        this.hierarchy = interest.hierarchy();
    }

    long accountId() {
        return accountId;
    }

    long deviceId() {
        return deviceId;
    }

    void schedule(Timer timer, Duration after) {
        timeout = timer.newTimeout(t -> finish(Wakeup.TIMED_OUT), Math.max(0, after.toMillis()),
                TimeUnit.MILLISECONDS);
        if (finished) {
            timeout.cancel(); // finished before the timeout existed: nobody else will cancel it
        }
    }

    /** What a commit touching {@code folders} (and the hierarchy, if so) means to this waiter; null: nothing. */
    Wakeup wakeupFor(Set<Long> folders, boolean hierarchyChanged) {
        if (hierarchy && hierarchyChanged) {
            return Wakeup.HIERARCHY_CHANGED;
        }
        Set<Long> touched = null;
        for (long folder : folders) {
            if (Arrays.binarySearch(folderIds, folder) >= 0) {
                if (touched == null) {
                    touched = new HashSet<>();
                }
                touched.add(folder);
            }
        }
        return touched == null ? null : Wakeup.foldersChanged(touched);
    }

    /**
     * Completes the waiter unless it already is; only the first call of all has an effect. The waiter
     * leaves the registry before its future completes, so a continuation sees it gone.
     */
    void finish(Wakeup reason) {
        if (!FINISHED.compareAndSet(this, false, true)) {
            return;
        }
        Timeout t = timeout;
        if (t != null) {
            t.cancel();
        }
        owner.remove(this);
        wakeup.complete(reason);
    }

    @Override
    public CompletionStage<Wakeup> wakeup() {
        return wakeup.minimalCompletionStage();
    }

    @Override
    public void cancel() {
        finish(Wakeup.CANCELLED);
    }
}
