package org.pushbox.server.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.model.ApplicationData;
import org.pushbox.protocol.model.DataClassException;
import org.pushbox.protocol.model.DecodeLimits;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.sync.mapping.ClientWrite;
import org.pushbox.server.sync.mapping.ItemMapper;
import org.pushbox.server.sync.mapping.StoredPictures;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.Transaction;

/**
 * Applies a device's Add, Change, Delete and Fetch commands to one folder, in the transaction that also
 * saves the next sync state. A retried request (same base key) finds its Adds by ClientId and its
 * Deletes already done, and gets the same results again. A Change of an item the server changed after
 * what the device was sent is a conflict: with the collection's Conflict option 1 (the default) the
 * server wins, the Change is discarded with Status 7 and the server's version goes back in the same
 * response; with 0 the device's properties are laid over the server's. A Change that the item already
 * reflects (a retry whose first attempt was applied) is no conflict. A Change or Delete of an item
 * deleted on the server gets Status 8: the delete wins.
 */
final class ClientCommands {

    private final Transaction tx;
    private final long accountId;
    private final long deviceId;
    private final Folder folder;
    private final long nextKey;
    private final ProtocolVersion version;
    private final CollectionOptions options;
    private final SyncedItems items;
    private final ItemRenderer renderer;
    private final Set<Long> touched = new HashSet<>();
    private final DecodeLimits limits;
    private final StoredPictures pictures;
    private final Set<Long> conflicts = new HashSet<>();
    /** A server write after this modseq is one the device has not been sent; Long.MAX_VALUE: none counts. */
    private final long unseenAfter;
    /** Writes of the device's own that the journal it acknowledged does not cover: never a conflict. */
    private final DeviceWrites own;

    ClientCommands(Transaction tx, long accountId, long deviceId, Folder folder, long nextKey, ProtocolVersion version,
            CollectionOptions options, SyncedItems items, ItemRenderer renderer, DecodeLimits limits, StoredPictures pictures,
            long unseenAfter, DeviceWrites own) {
        this.own = own;
        this.limits = limits;
        this.pictures = pictures;
        this.tx = tx;
        this.unseenAfter = unseenAfter;
        this.accountId = accountId;
        this.deviceId = deviceId;
        this.folder = folder;
        this.nextKey = nextKey;
        this.version = version;
        this.options = options;
        this.items = items;
        this.renderer = renderer;
    }

    /** Items the commands touched: the server does not echo them back in this response. */
    Set<Long> touched() {
        return touched;
    }

    /** The modseq of each item of this folder the commands touched that still exists (the device's state of it). */
    java.util.Map<Long, Long> written() {
        java.util.Map<Long, Long> modseqs = new java.util.HashMap<>();
        if (!touched.isEmpty()) {
            tx.items().getAll(touched).stream().filter(i -> i.folderId() == folder.id())
                    .forEach(i -> modseqs.put(i.id(), i.modseq()));
        }
        return modseqs;
    }

    /** Items whose Change lost to the server's (Status 7): the server's version goes back in this response. */
    Set<Long> conflicts() {
        return conflicts;
    }

    List<SyncResponse.ClientResult> apply(List<SyncRequest.ClientCommand> commands, boolean deletesAsMoves) {
        List<SyncResponse.ClientResult> results = new ArrayList<>();
        for (SyncRequest.ClientCommand command : commands) {
            SyncResponse.ClientResult result;
            if (command instanceof SyncRequest.Add add) {
                result = add(add);
            } else if (command instanceof SyncRequest.Change change) {
                result = change(change);
            } else if (command instanceof SyncRequest.Delete delete) {
                result = delete(delete, deletesAsMoves);
            } else {
                result = fetch((SyncRequest.Fetch) command);
            }
            if (result != null) {
                results.add(result);
            }
        }
        return results;
    }

    private ItemClass folderClass() {
        return ItemRenderer.classOf(folder.type().itemClass());
    }

    private SyncResponse.ClientResult add(SyncRequest.Add add) {
        ItemClass cls = add.itemClass() == null ? folderClass() : add.itemClass();
        Optional<Long> earlier = tx.syncStates().clientAdd(deviceId, folder.id(), add.clientId());
        if (earlier.isPresent()) {
            return added(add, earlier.get());
        }
        ItemContent content;
        try {
            ItemData data = ApplicationData.decode(cls, add.data().element(), version, limits);
            content = ItemMapper.of(cls).newItem(data, write());
        } catch (DataClassException | UnsupportedOperationException | ClassCastException e) {
            return new SyncResponse.AddResult(add.itemClass(), add.clientId(), null, SyncStatus.INVALID_ITEM, null);
        }
        long id = tx.items().add(folder.id(), content).id();
        tx.syncStates().rememberClientAdd(deviceId, folder.id(), nextKey, add.clientId(), id);
        return added(add, id);
    }

    private SyncResponse.ClientResult added(SyncRequest.Add add, long id) {
        items.add(id);
        touched.add(id);
        return new SyncResponse.AddResult(add.itemClass(), add.clientId(), ItemRenderer.serverId(id),
                SyncStatus.SUCCESS, null);
    }

    private SyncResponse.ClientResult change(SyncRequest.Change change) {
        Optional<Item> item = inFolder(change.serverId());
        if (item.isEmpty()) {
            return new SyncResponse.ChangeResult(change.itemClass(), change.serverId(), change.instanceId(),
                    SyncStatus.OBJECT_NOT_FOUND);
        }
        ItemClass cls = ItemRenderer.classOf(item.get().itemClass());
        try {
            ItemData data = ApplicationData.decode(cls, change.data().element(), version, limits);
            var update = change.instanceId() != null
                    ? ItemMapper.of(cls).changeOccurrence(item.get(), change.instanceId(), data) // 16.x: one occurrence
                    : ItemMapper.of(cls).change(item.get(), data, write());
            PropertyMap now = item.get().properties();
            if (now.merge(update.set(), update.removed()).equals(now)) {
                touched.add(item.get().id()); // nothing to write: the item already is what the device wants
                return null;
            }
            // An earlier command of this very request (a series Change before an occurrence Change) is the
            // device's own write, not a server change it has not seen.
            if (item.get().modseq() > unseenAfter && !touched.contains(item.get().id())
                    && !own.isOwn(item.get().id(), item.get().modseq()) && options.conflict() == 1) {
                // Server wins (docs/sync.md): the device gets Status 7 and the server's version in this response.
                conflicts.add(item.get().id());
                return new SyncResponse.ChangeResult(change.itemClass(), change.serverId(), change.instanceId(),
                        SyncStatus.CONFLICT);
            }
            tx.items().update(item.get().id(), update.set(), update.removed());
        } catch (DataClassException | ClassCastException | IllegalArgumentException | UnsupportedOperationException e) {
            return new SyncResponse.ChangeResult(change.itemClass(), change.serverId(), change.instanceId(),
                    SyncStatus.INVALID_ITEM);
        }
        touched.add(item.get().id());
        return null;
    }

    private SyncResponse.ClientResult delete(SyncRequest.Delete delete, boolean deletesAsMoves) {
        long id = SyncKeys.parse(delete.serverId());
        Optional<Item> item = inFolder(delete.serverId());
        if (item.isEmpty()) {
            // Held but gone: deleted by this request's first attempt (or meanwhile): the device's wish holds.
            if (id > 0 && items.holds(id)) {
                items.remove(id);
                touched.add(id);
                return null;
            }
            return new SyncResponse.DeleteResult(delete.serverId(), delete.instanceId(), SyncStatus.OBJECT_NOT_FOUND);
        }
        if (delete.instanceId() != null) {
            // 16.x: cancel one occurrence; the series stays.
            try {
                var update = ItemMapper.of(ItemRenderer.classOf(item.get().itemClass()))
                        .deleteOccurrence(item.get(), delete.instanceId());
                tx.items().update(id, update.set(), update.removed());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                return new SyncResponse.DeleteResult(delete.serverId(), delete.instanceId(), SyncStatus.INVALID_ITEM);
            }
            touched.add(id);
            return null;
        }
        Optional<Folder> trash = deletesAsMoves && folder.type() != FolderType.DELETED_ITEMS
                ? tx.folders().findByType(accountId, FolderType.DELETED_ITEMS) : Optional.empty();
        if (trash.isPresent()) {
            tx.items().move(id, trash.get().id());
        } else {
            tx.items().delete(id);
        }
        items.remove(id);
        touched.add(id);
        return null;
    }

    private SyncResponse.ClientResult fetch(SyncRequest.Fetch fetch) {
        Optional<Item> item = inFolder(fetch.serverId());
        return item.isEmpty() ? new SyncResponse.FetchResult(fetch.serverId(), SyncStatus.OBJECT_NOT_FOUND, null)
                : new SyncResponse.FetchResult(fetch.serverId(), SyncStatus.SUCCESS, renderer.data(item.get()));
    }

    private ClientWrite write() {
        return new ClientWrite(version, options.supported(), pictures);
    }

    private Optional<Item> inFolder(String serverId) {
        long id = SyncKeys.parse(serverId);
        return id < 1 ? Optional.empty() : tx.items().get(id).filter(i -> i.folderId() == folder.id());
    }
}
