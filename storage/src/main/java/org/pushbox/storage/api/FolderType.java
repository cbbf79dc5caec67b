package org.pushbox.storage.api;

/**
 * Folder types with the numeric codes clients key their features on. Default types exist once
 * per account; user types may repeat.
 */
public enum FolderType implements Coded {
    USER_GENERIC(1, ItemClass.EMAIL, null),
    INBOX(2, ItemClass.EMAIL, "Inbox"),
    DRAFTS(3, ItemClass.EMAIL, "Drafts"),
    DELETED_ITEMS(4, ItemClass.EMAIL, "Deleted Items"),
    SENT_ITEMS(5, ItemClass.EMAIL, "Sent Items"),
    OUTBOX(6, ItemClass.EMAIL, "Outbox"),
    TASKS(7, ItemClass.TASK, "Tasks"),
    CALENDAR(8, ItemClass.EVENT, "Calendar"),
    CONTACTS(9, ItemClass.CONTACT, "Contacts"),
    NOTES(10, ItemClass.NOTE, "Notes"),
    JOURNAL(11, ItemClass.NOTE, "Journal"),
    USER_MAIL(12, ItemClass.EMAIL, null),
    USER_CALENDAR(13, ItemClass.EVENT, null),
    USER_CONTACTS(14, ItemClass.CONTACT, null),
    USER_TASKS(15, ItemClass.TASK, null),
    USER_JOURNAL(16, ItemClass.NOTE, null),
    USER_NOTES(17, ItemClass.NOTE, null),
    UNKNOWN(18, ItemClass.EMAIL, null),
    RECIPIENT_CACHE(19, ItemClass.CONTACT, null);

    private final int code;
    private final ItemClass itemClass;
    private final String defaultName;

    FolderType(int code, ItemClass itemClass, String defaultName) {
        this.code = code;
        this.itemClass = itemClass;
        this.defaultName = defaultName;
    }

    @Override
    public int code() {
        return code;
    }

    /** The class of item this folder holds by default. */
    public ItemClass itemClass() {
        return itemClass;
    }

    /** True for the folders every account gets at creation. */
    public boolean isDefault() {
        return defaultName != null;
    }

    /** The display name a default folder is created with; null for user types. */
    public String defaultName() {
        return defaultName;
    }

    public static FolderType ofCode(int code) {
        return Coded.byCode(values(), code);
    }
}
