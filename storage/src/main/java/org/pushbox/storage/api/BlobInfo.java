package org.pushbox.storage.api;

/** A stored blob: its id, size in bytes and SHA-256 (lower-case hex) of its content. */
public record BlobInfo(BlobId id, long size, String sha256) {
}
