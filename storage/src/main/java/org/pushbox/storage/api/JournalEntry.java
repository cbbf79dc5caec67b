package org.pushbox.storage.api;

/** One raw journal row: a write to {@code itemId} (or a folder, in the hierarchy journal) at {@code modseq}. */
public record JournalEntry(long scopeId, long modseq, long itemId, JournalKind kind) {
}
