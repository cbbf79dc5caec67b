package org.pushbox.storage.api;

/**
 * The net effect of all journal entries of one item (or folder) since a modseq, as a device
 * that saw the folder at that modseq must learn it.
 */
public enum ChangeKind {
    /** Not there at the base modseq, there now. */
    ADDED,
    /** There at both ends, and something other than flags changed (or it left and came back). */
    CHANGED,
    /** There at both ends, and only read/flag/category state changed. */
    FLAGS_CHANGED,
    /** There at the base modseq, gone now (deleted or moved away). */
    REMOVED;

    /**
     * Collapses an item's entries since the base: {@code first} and {@code last} entry kinds, and
     * whether any entry in between was more than a flag change. Returns null when the item came and
     * went since the base, so there is nothing to tell.
     */
    public static ChangeKind collapse(JournalKind first, JournalKind last, boolean contentChanged) {
        boolean wasThere = !first.enters();
        boolean isThere = !last.leaves();
        if (!wasThere) {
            return isThere ? ADDED : null;
        }
        if (!isThere) {
            return REMOVED;
        }
        return contentChanged ? CHANGED : FLAGS_CHANGED;
    }
}
