package org.pushbox.storage.api;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What a Ping must know before it may wait, read together: the hierarchy modseq the device acknowledged last
 * (empty: it never did a FolderSync), the account's current hierarchy modseq, and each watched folder that
 * exists (absent from {@code folders}: no such folder).
 */
public record WatchView(OptionalLong hierarchyAcked, long hierarchyModseq, Map<Long, Watched> folders) {

    public WatchView {
        folders = Map.copyOf(folders);
    }

    /** A watched folder: its owner, its modseq, and the modseq the device's latest sync state acknowledged. */
    public record Watched(long folderId, long accountId, long modseq, OptionalLong syncedModseq) {
    }
}
