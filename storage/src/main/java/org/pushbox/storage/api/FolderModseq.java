package org.pushbox.storage.api;

/** A folder's modseq after a commit that wrote to it. */
public record FolderModseq(long accountId, long folderId, long modseq) {
}
