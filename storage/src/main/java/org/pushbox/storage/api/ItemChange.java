package org.pushbox.storage.api;

/** The collapsed change of one item; {@code modseq} is that of its latest entry. */
public record ItemChange(long itemId, ChangeKind kind, long modseq) {
}
