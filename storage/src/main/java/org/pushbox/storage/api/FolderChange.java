package org.pushbox.storage.api;

/** The collapsed change of one folder in an account's hierarchy. */
public record FolderChange(long folderId, ChangeKind kind, long modseq) {
}
