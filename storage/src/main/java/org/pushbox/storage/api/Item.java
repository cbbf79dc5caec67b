package org.pushbox.storage.api;

import java.time.Instant;

/**
 * A stored item. {@code id} never changes, not even when the item moves; {@code modseq} is the
 * folder modseq of the item's last write.
 */
public record Item(long id, long accountId, long folderId, long modseq, ItemContent content, Instant created,
        Instant modified) {

    public ItemClass itemClass() {
        return content.itemClass();
    }

    public PropertyMap properties() {
        return content.properties();
    }
}
