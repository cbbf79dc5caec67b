package org.pushbox.storage.api;

/** What one journal entry records. Codes are persisted and never renumbered. */
public enum JournalKind implements Coded {
    ADDED(1), CHANGED(2), FLAGS_CHANGED(3), DELETED(4), MOVED_IN(5), MOVED_OUT(6);

    private final int code;

    JournalKind(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The entry starts the item's life in the folder. */
    public boolean enters() {
        return this == ADDED || this == MOVED_IN;
    }

    /** The entry ends the item's life in the folder. */
    public boolean leaves() {
        return this == DELETED || this == MOVED_OUT;
    }

    public static JournalKind ofCode(int code) {
        return Coded.byCode(values(), code);
    }
}
