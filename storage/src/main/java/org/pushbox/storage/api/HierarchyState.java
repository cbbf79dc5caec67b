package org.pushbox.storage.api;

import java.util.Set;

/** Folder-hierarchy sync state of a device for one key: the hierarchy modseq acknowledged and the folders it knows. */
public record HierarchyState(long deviceId, long syncKey, long ackedModseq, Set<Long> folderIds) {

    public HierarchyState {
        if (syncKey < 1) {
            throw new IllegalArgumentException("sync keys start at 1: " + syncKey);
        }
        folderIds = Set.copyOf(folderIds);
    }
}
