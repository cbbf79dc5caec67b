package org.pushbox.server.sync.mapping;

import java.util.Collection;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;

/** Maps the items of one data class between the store's {@link Item} and the protocol model. */
public interface ItemMapper {

    /** The item as a device sees it, with the body it asked for. */
    ItemData toClient(Item item, BodyRequest body, BlobStore blobs);

    /** A new item from a client's Add; throws {@link UnsupportedOperationException} when the class takes no Adds. */
    ItemContent newItem(ItemData data);

    /**
     * A client's Change as a partial update. Properties the client did not send are kept, except those
     * it declared it manages ({@code supported}, from the Supported element; null when none was sent).
     */
    PropertyUpdate change(ItemData data, Collection<Tag> supported);

    /** Only the read state, flag and categories, for a flag-only change; null when the class has none. */
    default ItemData flagsOf(Item item) {
        return null;
    }

    /** The mapper of a class. */
    static ItemMapper of(org.pushbox.protocol.command.ItemClass itemClass) {
        return switch (itemClass) {
            case EMAIL, SMS -> EmailMapper.INSTANCE;
            case CALENDAR -> PimMapper.CALENDAR;
            case CONTACTS -> PimMapper.CONTACTS;
            case TASKS -> PimMapper.TASKS;
            case NOTES -> PimMapper.NOTES;
        };
    }
}
