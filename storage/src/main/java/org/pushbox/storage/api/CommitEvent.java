package org.pushbox.storage.api;

import java.util.List;
import java.util.Map;

/**
 * What a committed transaction changed: the new modseq of each folder written to, and the new
 * hierarchy modseq of each account whose folders were added, renamed, moved or deleted.
 */
public record CommitEvent(List<FolderModseq> folders, Map<Long, Long> hierarchyModseqs) {

    public CommitEvent {
        folders = List.copyOf(folders);
        hierarchyModseqs = Map.copyOf(hierarchyModseqs);
    }

    public boolean isEmpty() {
        return folders.isEmpty() && hierarchyModseqs.isEmpty();
    }
}
