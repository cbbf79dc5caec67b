package org.pushbox.storage.api;

import java.util.List;
import java.util.Optional;

/**
 * Folders of an account. Every create, rename, move and delete raises the account's hierarchy
 * modseq and is journalled, see {@link ChangeJournal#hierarchyChangesSince(long, long)}.
 */
public interface FolderStore {

    /** A user folder under {@code parentId} (or {@link Folder#ROOT}); names are unique per parent, ignoring case. */
    Folder create(long accountId, long parentId, String displayName, FolderType type);

    @ReadOnly
    Optional<Folder> get(long folderId);

    /** All folders of the account, parents before children. */
    @ReadOnly
    List<Folder> list(long accountId);

    /** The default folder of that type, e.g. the Inbox. */
    @ReadOnly
    Optional<Folder> findByType(long accountId, FolderType type);

    Folder rename(long folderId, String displayName);

    Folder move(long folderId, long newParentId);

    /** Deletes a user folder, its subfolders and all their items. Default folders cannot be deleted. */
    void delete(long folderId);
}
