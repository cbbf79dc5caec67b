package org.pushbox.server.sync;

import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.model.EncodeOptions;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.sync.mapping.BodyRequest;
import org.pushbox.server.sync.mapping.ItemMapper;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.Item;

/**
 * Turns stored items into the server commands of one collection, for one version and body request.
 * {@link #counting()} gives one that only counts (GetItemEstimate): it renders nothing.
 */
public class ItemRenderer {

    private final ProtocolVersion version;
    private final BodyRequest body;
    private final BlobStore blobs;
    private final ItemClass folderClass;

    public ItemRenderer(ProtocolVersion version, BodyRequest body, BlobStore blobs, ItemClass folderClass) {
        this.version = version;
        this.body = body;
        this.blobs = blobs;
        this.folderClass = folderClass;
    }

    /** A renderer whose commands only stand for the real ones, so they can be counted cheaply. */
    public static ItemRenderer counting() {
        return new ItemRenderer(null, null, null, null) {
            @Override
            SyncResponse.ServerCommand add(Item item) {
                return softDelete(item.id());
            }

            @Override
            SyncResponse.ServerCommand change(Item item) {
                return softDelete(item.id());
            }

            @Override
            SyncResponse.ServerCommand flagChange(Item item) {
                return softDelete(item.id());
            }

            @Override
            ItemRenderer withoutBody() {
                return this;
            }
        };
    }

    /** This renderer for items whose body stays on the server (a preview still goes when asked for). */
    ItemRenderer withoutBody() {
        return new ItemRenderer(version, body.withoutBody(), blobs, folderClass);
    }

    /** The protocol class of a stored item. */
    public static ItemClass classOf(org.pushbox.storage.api.ItemClass stored) {
        return switch (stored) {
            case EMAIL -> ItemClass.EMAIL;
            case CONTACT -> ItemClass.CONTACTS;
            case EVENT -> ItemClass.CALENDAR;
            case TASK -> ItemClass.TASKS;
            case NOTE -> ItemClass.NOTES;
        };
    }

    public static String serverId(long itemId) {
        return Long.toString(itemId);
    }

    /** The whole item as ApplicationData. */
    public ApplicationData data(Item item) {
        ItemData data = ItemMapper.of(classOf(item.itemClass())).toClient(item, body, blobs);
        return new ApplicationData(data.encode(version, EncodeOptions.TO_CLIENT));
    }

    SyncResponse.ServerCommand add(Item item) {
        return new SyncResponse.Add(serverId(item.id()), data(item));
    }

    SyncResponse.ServerCommand change(Item item) {
        return new SyncResponse.Change(foreign(item), serverId(item.id()), data(item));
    }

    /** A change of read state, flag or categories only: a short Change without the body. */
    SyncResponse.ServerCommand flagChange(Item item) {
        ItemData data = ItemMapper.of(classOf(item.itemClass())).flagsOf(item);
        if (data == null) {
            return change(item);
        }
        return new SyncResponse.Change(foreign(item), serverId(item.id()),
                new ApplicationData(data.encode(version, EncodeOptions.TO_CLIENT)));
    }

    SyncResponse.ServerCommand delete(long itemId) {
        return new SyncResponse.Delete(null, serverId(itemId));
    }

    SyncResponse.ServerCommand softDelete(long itemId) {
        return new SyncResponse.SoftDelete(serverId(itemId));
    }

    /** The item's class when it is not the folder's (a contact in Deleted Items), else null. */
    private ItemClass foreign(Item item) {
        ItemClass cls = classOf(item.itemClass());
        return cls == folderClass ? null : cls;
    }
}
