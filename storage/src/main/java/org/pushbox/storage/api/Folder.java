package org.pushbox.storage.api;

/**
 * A folder. {@code id} is stable for the folder's life and never reused; {@code parentId} is 0
 * for a top-level folder. {@code modseq} counts every write to the folder's items.
 */
public record Folder(long id, long accountId, long parentId, String displayName, FolderType type, long modseq) {

    public static final long ROOT = 0;

    public ItemClass itemClass() {
        return type.itemClass();
    }
}
