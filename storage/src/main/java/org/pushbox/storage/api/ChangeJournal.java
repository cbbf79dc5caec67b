package org.pushbox.storage.api;

import java.util.List;

/**
 * Reads the journals written by {@link ItemStore} and {@link FolderStore}. Costs follow the
 * number of changes read, not the size of the folder.
 */
public interface ChangeJournal {

    /** The folder's current modseq (0 for a folder never written). */
    long folderModseq(long folderId);

    /** The first page of changes after {@code sinceModseq}, collapsed, oldest first. */
    ChangePage changesSince(long folderId, long sinceModseq, int limit);

    /** Continues a paged read from a window returned in {@link ChangePage#next()}. */
    ChangePage changes(long folderId, ChangeWindow window, int limit);

    /** Raw entries after {@code sinceModseq}, oldest first (diagnostics, audits). */
    List<JournalEntry> entries(long folderId, long sinceModseq, int limit);

    long hierarchyModseq(long accountId);

    /** Folder additions, renames/moves and deletions since {@code sinceModseq}, collapsed. */
    HierarchyPage hierarchyChangesSince(long accountId, long sinceModseq);
}
