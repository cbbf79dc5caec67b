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

    /** A new item from a client's Add, with what it came with (blobs for pictures). */
    default ItemContent newItem(ItemData data, ClientWrite write) {
        return newItem(data);
    }

    /**
     * A client's Change of {@code stored}: like {@link #change(ItemData, Collection)}, and free to
     * keep what the client's version cannot express (a 12.1 Recurrence has no FirstDayOfWeek).
     */
    default PropertyUpdate change(Item stored, ItemData data, ClientWrite write) {
        return change(data, write.supported());
    }

    /**
     * A 16.x Change of one occurrence of a recurring item, named by its InstanceId: the properties
     * sent override the series for that occurrence. Throws {@link IllegalArgumentException} when
     * the item does not recur or the InstanceId is not a date-time, and
     * {@link UnsupportedOperationException} for classes without occurrences.
     */
    default PropertyUpdate changeOccurrence(Item item, String instanceId, ItemData data) {
        throw new UnsupportedOperationException("no occurrences in this class");
    }

    /** A 16.x Delete of one occurrence: the series gets a deleted exception for it. Throws as above. */
    default PropertyUpdate deleteOccurrence(Item item, String instanceId) {
        throw new UnsupportedOperationException("no occurrences in this class");
    }

    /** Only the read state, flag and categories, for a flag-only change; null when the class has none. */
    default ItemData flagsOf(Item item) {
        return null;
    }

    /** The mapper of a class. */
    static ItemMapper of(org.pushbox.protocol.command.ItemClass itemClass) {
        return switch (itemClass) {
            case EMAIL, SMS -> EmailMapper.INSTANCE;
            case CALENDAR -> CalendarMapper.INSTANCE;
            case CONTACTS -> ContactMapper.INSTANCE;
            case TASKS -> PimMapper.TASKS;
            case NOTES -> PimMapper.NOTES;
        };
    }
}
