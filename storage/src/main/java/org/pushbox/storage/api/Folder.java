package org.pushbox.storage.api;

/**
 * A folder. {@code id} is stable for the folder's life and never reused; {@code parentId} is 0
 * for a top-level folder. {@code modseq} counts every write to the folder's items.
 */
public record Folder(long id, long accountId, long parentId, String displayName, FolderType type, long modseq) {

    public static final long ROOT = 0;

    /** The longest display name in UTF-16 units, after trimming and NFC: [MS-ASCMD] allows 256 characters. */
    public static final int MAX_NAME_LENGTH = 256;

    public ItemClass itemClass() {
        return type.itemClass();
    }
}
