package org.pushbox.server.command.sync;

/**
 * WindowSize rules: absent means 100 per collection and no request-wide cap; 0 or more than 512 means
 * 512 (Exchange's behaviour); a request-wide WindowSize caps the sum, filled in request order.
 */
final class SyncWindow {

    static final int DEFAULT = 100;
    static final int MAX = 512;

    private int remaining;

    SyncWindow(Integer global) {
        this.remaining = global == null ? Integer.MAX_VALUE : normalise(global);
    }

    static int normalise(Integer size) {
        if (size == null) {
            return DEFAULT;
        }
        return size == 0 || size > MAX ? MAX : size;
    }

    /** The room for one collection. */
    int room(Integer collectionSize) {
        return Math.min(normalise(collectionSize), remaining);
    }

    void used(int sent) {
        remaining -= sent;
    }
}
