package org.pushbox.storage.api;

import java.util.List;
import java.util.Objects;

/**
 * What an item is, as written by a caller: its class, every property, the original MIME as a
 * blob (mail only, may be null), a short plain-text or HTML body preview, attachment metadata.
 */
public record ItemContent(ItemClass itemClass, PropertyMap properties, BlobId mime, String preview,
        List<Attachment> attachments) {

    public ItemContent {
        Objects.requireNonNull(itemClass, "itemClass");
        properties = properties == null ? PropertyMap.EMPTY : properties;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static ItemContent of(ItemClass itemClass, PropertyMap properties) {
        return new ItemContent(itemClass, properties, null, null, List.of());
    }
}
