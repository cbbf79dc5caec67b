package org.pushbox.storage.api;

/**
 * The collapsed change of one item; {@code modseq} is that of its latest entry. {@code singleEntry}: the
 * item has one journal entry in the window read, so an ADDED item was not written again after it arrived
 * (a device that was sent it whole after that entry has its current state).
 */
public record ItemChange(long itemId, ChangeKind kind, long modseq, boolean singleEntry) {

    public ItemChange(long itemId, ChangeKind kind, long modseq) {
        this(itemId, kind, modseq, false);
    }
}
