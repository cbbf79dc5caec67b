package org.pushbox.server.mail.lmtp;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pushbox.storage.api.AccountStore;

/**
 * The mail domains pushbox is final destination for: the domains of every account address and alias.
 * The SMTP listener uses it to tell an unknown local user (550 5.1.1) from a relay attempt (550 5.7.1);
 * neither is ever accepted. Recomputed at most every {@link #REFRESH} on a worker thread, so a flood of
 * RCPTs for foreign domains costs one account scan per interval, not one per RCPT.
 */
final class LocalDomains {

    static final Duration REFRESH = Duration.ofSeconds(60);

    private record Snapshot(Set<String> domains, long takenAtNanos) {
    }

    private final Supplier<Set<String>> source;
    private volatile Snapshot snapshot;

    LocalDomains(Supplier<Set<String>> source) {
        this.source = source;
    }

    static LocalDomains of(AccountStore accounts) {
        return new LocalDomains(() -> accounts.list().stream()
                .flatMap(a -> a.addresses().stream())
                .map(LocalDomains::domainOf)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Blocking (may read the store): call on a worker. */
    boolean isLocal(String address) {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.takenAtNanos() > REFRESH.toNanos()) {
            current = new Snapshot(source.get(), now);
            snapshot = current;
        }
        return current.domains().contains(domainOf(address));
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
