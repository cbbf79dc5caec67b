package org.pushbox.storage.api;

import java.util.Objects;

/**
 * Metadata of one attachment of an item. {@code blob} holds the content when it is stored
 * separately (may be null when it only lives inside the item's MIME); {@code size} is in bytes.
 * {@code extra} keeps anything else a client sent about it.
 */
public record Attachment(String displayName, String contentType, String contentId, String contentLocation,
        AttachmentMethod method, long size, boolean inline, BlobId blob, PropertyMap extra) {

    public Attachment {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(method, "method");
        extra = extra == null ? PropertyMap.EMPTY : extra;
    }

    public static Attachment file(String displayName, String contentType, long size, BlobId blob) {
        return new Attachment(displayName, contentType, null, null, AttachmentMethod.NORMAL, size, false, blob,
                PropertyMap.EMPTY);
    }
}
