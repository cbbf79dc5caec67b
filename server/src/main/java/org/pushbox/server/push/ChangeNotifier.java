package org.pushbox.server.push;

import java.time.Duration;
import org.pushbox.storage.api.CommitEvent;

/**
 * Wakes held requests (Ping, Sync with Wait) when the store commits a change they wait for, without a
 * thread per waiter. Two kinds of event go through it, and both are what a multi-node implementation
 * would carry on a message bus: {@link #publish} (a commit, from the store's after-commit hook) and
 * {@link #release} (a device started another request, perhaps on another node).
 */
public interface ChangeNotifier {

    /**
     * Registers {@code interest}. The waiter completes exactly once: with the watched folders a commit
     * touched, on a hierarchy change (when asked for), when {@code timeout} passes, when the same device
     * registers again or is released (superseded), or when cancelled. Registering first and then
     * checking the store for changes that are already there loses no commit in between.
     */
    Waiter await(Interest interest, Duration timeout);

    /** Delivers a commit: completes every waiter whose folders (or hierarchy) it touched. */
    void publish(CommitEvent event);

    /** Ends the device's waiter, if any, as superseded (e.g. a Sync without Wait from that device). */
    void release(long accountId, long deviceId);

    /** Waiters currently registered (diagnostics, tests, metrics). */
    int waiting();
}
