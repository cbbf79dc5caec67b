package org.pushbox.storage.api;

/** The identity of a stored blob; stable for the blob's lifetime. */
public record BlobId(long value) {
    public BlobId {
        if (value <= 0) {
            throw new IllegalArgumentException("blob ids are positive: " + value);
        }
    }
}
