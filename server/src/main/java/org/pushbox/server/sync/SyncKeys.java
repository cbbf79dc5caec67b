package org.pushbox.server.sync;

import org.pushbox.server.command.foldersync.HierarchySync;

/**
 * Collection sync keys and ServerIds on the wire: the decimal numbers of the store's key counter and
 * item ids, parsed as strictly as hierarchy keys (anything else cannot be one we handed out).
 */
public final class SyncKeys {

    private SyncKeys() {
    }

    /** The number, or -1 for anything that is not a decimal of at most 18 digits. */
    public static long parse(String text) {
        return HierarchySync.parseKey(text);
    }

    public static String format(long key) {
        return Long.toString(key);
    }
}
