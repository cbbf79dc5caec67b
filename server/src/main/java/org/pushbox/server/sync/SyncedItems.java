package org.pushbox.server.sync;

import java.util.HashSet;
import java.util.Set;

/**
 * The items a device holds while one response is built: starts as the state's held set, and records
 * what this response adds and removes, which is exactly what the next state saves.
 */
final class SyncedItems {

    private final Set<Long> held;
    private final Set<Long> added = new HashSet<>();
    private final Set<Long> removed = new HashSet<>();

    SyncedItems(Set<Long> held) {
        this.held = new HashSet<>(held);
    }

    boolean holds(long id) {
        return held.contains(id);
    }

    Set<Long> all() {
        return held;
    }

    void add(long id) {
        if (held.add(id) && !removed.remove(id)) {
            added.add(id);
        }
    }

    void remove(long id) {
        if (held.remove(id) && !added.remove(id)) {
            removed.add(id);
        }
    }

    Set<Long> added() {
        return added;
    }

    Set<Long> removed() {
        return removed;
    }

    boolean changed() {
        return !added.isEmpty() || !removed.isEmpty();
    }
}
