package org.pushbox.protocol.command.foldersync;

/**
 * The folder types of [MS-ASCMD] 2.2.3.186.3 (FolderHierarchy {@code Type}). Clients key features
 * off the default types (Drafts for drafts sync, Deleted Items for DeletesAsMoves, Sent Items for
 * SaveInSentItems), and each default type 2-11 and 19 exists at most once per mailbox.
 */
public enum FolderType {
    USER_CREATED_GENERIC(1),
    DEFAULT_INBOX(2),
    DEFAULT_DRAFTS(3),
    DEFAULT_DELETED_ITEMS(4),
    DEFAULT_SENT_ITEMS(5),
    DEFAULT_OUTBOX(6),
    DEFAULT_TASKS(7),
    DEFAULT_CALENDAR(8),
    DEFAULT_CONTACTS(9),
    DEFAULT_NOTES(10),
    DEFAULT_JOURNAL(11),
    USER_CREATED_MAIL(12),
    USER_CREATED_CALENDAR(13),
    USER_CREATED_CONTACTS(14),
    USER_CREATED_TASKS(15),
    USER_CREATED_JOURNAL(16),
    USER_CREATED_NOTES(17),
    UNKNOWN(18),
    RECIPIENT_INFORMATION_CACHE(19);

    private final int code;

    FolderType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this number, or {@code null}. */
    public static FolderType fromCode(long code) {
        for (FolderType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** Whether a client may create a folder of this type with FolderCreate (1 and 12-17). */
    public boolean userCreatable() {
        return code == 1 || (code >= 12 && code <= 17);
    }
}
