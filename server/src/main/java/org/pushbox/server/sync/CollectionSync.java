package org.pushbox.server.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pushbox.protocol.model.DecodeLimits;
import org.pushbox.server.sync.mapping.StoredPictures;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncResponse.CollectionResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Transaction;

/**
 * One collection of a Sync request, inside the request's transaction: key 0 starts over (new key 1, no
 * items); a kept key (the newest, or the one before it when the device lost our answer) gets the
 * client's commands applied and the server's changes, and the state of the next key is saved with
 * them; any other key gets Status 3. When there is nothing to report the key stays as it is and nothing
 * is written, so an idle device costs no writes.
 */
public final class CollectionSync {

    /** A collection's answer and how many server commands it used of the request's window. */
    public record Outcome(CollectionResponse response, int sent, boolean reported) {
    }

    /** More than any device counts: an estimate is a progress bar, not an inventory. */
    private static final int ESTIMATE_CAP = 100_000;

    private final Transaction tx;
    private final BlobStore blobs;
    private final long accountId;
    private final long deviceId;
    private final ProtocolVersion version;
    private final Instant now;
    private final DecodeLimits limits;
    private final StoredPictures pictures;

    public CollectionSync(Transaction tx, BlobStore blobs, long accountId, long deviceId, ProtocolVersion version,
            Instant now) {
        this(tx, blobs, accountId, deviceId, version, now, DecodeLimits.DEFAULT, StoredPictures.NONE);
    }

    /**
     * @param limits   bounds of what a device's Add or Change may carry (contact picture size)
     * @param pictures the request's contact pictures, stored before the transaction
     */
    public CollectionSync(Transaction tx, BlobStore blobs, long accountId, long deviceId, ProtocolVersion version,
            Instant now, DecodeLimits limits, StoredPictures pictures) {
        this.limits = limits;
        this.pictures = pictures;
        this.tx = tx;
        this.blobs = blobs;
        this.accountId = accountId;
        this.deviceId = deviceId;
        this.version = version;
        this.now = now;
    }

    /** Answers {@code request}, sending at most {@code room} server commands. */
    public Outcome run(SyncRequest.Collection request, int room) {
        Optional<Folder> folder = folder(request.collectionId());
        if (folder.isEmpty()) {
            return failed(request, SyncStatus.FOLDER_HIERARCHY_CHANGED);
        }
        ItemClass folderClass = ItemRenderer.classOf(folder.get().type().itemClass());
        if (request.options().stream().anyMatch(o -> o.maxItems() != null)) {
            // MaxItems belongs to the Recipient Information Cache only, and pushbox keeps none (no folder of
            // type 19 is ever created), so no collection it serves may carry it.
            return failed(request, SyncStatus.PROTOCOL_ERROR);
        }
        boolean conversations = conversationMode(request);
        if (conversations && folderClass != ItemClass.EMAIL) {
            return failed(request, SyncStatus.PROTOCOL_ERROR); // conversations are mail only
        }
        SyncOptions sent = optionsFor(request, folderClass);
        if (request.initial()) {
            return start(request, folder.get(), sent, conversations);
        }
        long key = SyncKeys.parse(request.syncKey());
        Optional<CollectionState> base = key < 1 ? Optional.empty()
                : tx.syncStates().collection(deviceId, folder.get().id(), key);
        if (base.isEmpty()) {
            return failed(request, SyncStatus.INVALID_SYNC_KEY);
        }
        return next(request, folder.get(), folderClass, base.get(), sent, conversations, room);
    }

    /**
     * Whether the collection asks for whole conversations: ConversationMode is a 14.0 element, and an older
     * client sending it is ignored like any newer element (see ElementReader).
     */
    private boolean conversationMode(SyncRequest.Collection request) {
        return request.conversationMode() && version.atLeast(ProtocolVersion.V14_0);
    }

    private Outcome start(SyncRequest.Collection request, Folder folder, SyncOptions sent, boolean conversations) {
        if (!request.commands().isEmpty() || Boolean.TRUE.equals(request.getChanges())) {
            return failed(request, SyncStatus.PROTOCOL_ERROR);
        }
        CollectionOptions options = CollectionOptions.DEFAULT.updatedBy(sent, request.supported(), conversations)
                .withReconcile(true);
        tx.syncStates().resetCollection(deviceId, folder.id());
        // The device learns the folder's items by reconciling, so the journal is read only from here on.
        tx.syncStates().saveCollection(CollectionState.of(deviceId, folder.id(), 1,
                tx.journal().folderModseq(folder.id()), null, options.toProperties()), List.of(), List.of());
        return new Outcome(new CollectionResponse(SyncKeys.format(1), request.collectionId(), SyncStatus.SUCCESS,
                List.of(), false, List.of()), 0, true);
    }

    private Outcome next(SyncRequest.Collection request, Folder folder, ItemClass folderClass, CollectionState base,
            SyncOptions sent, boolean conversations, int room) {
        CollectionOptions stored = CollectionOptions.fromProperties(base.options());
        CollectionOptions options = stored.updatedBy(sent, request.supported(), conversations);
        SyncedItems items = new SyncedItems(tx.syncStates().heldItems(deviceId, folder.id(), base.syncKey()));
        ItemRenderer renderer = new ItemRenderer(version, options.body(), blobs, folderClass);
        long nextKey = base.syncKey() + 1;
        // During a reconcile the device is sent whole items whatever their modseq: no write counts as unseen.
        long unseenAfter = options.reconcile() ? Long.MAX_VALUE
                : base.pending() != null ? base.pending().cursor() : base.ackedModseq();
        DeviceWrites own = DeviceWrites.from(base.options());
        ClientCommands client = new ClientCommands(tx, accountId, deviceId, folder, nextKey, version, options, items,
                renderer, limits, pictures, unseenAfter, own);
        List<SyncResponse.ClientResult> results = client.apply(request.commands(),
                !Boolean.FALSE.equals(request.deletesAsMoves()));
        ServerChanges server = new ServerChanges(tx, folder, renderer, items, client.touched(), options, now)
                .conflicts(client.conflicts()).ownWrites(own);
        ServerChanges.Result changes = Boolean.FALSE.equals(request.getChanges())
                ? new ServerChanges.Result(server.conflicted(), false, base.ackedModseq(), base.pending(),
                        options.reconcile())
                : server.collect(base.ackedModseq(), base.pending(), options.reconcile(), room);
        CollectionOptions after = options.withReconcile(changes.reconcile());
        DeviceWrites ownAfter = own.plus(request.commands().isEmpty() ? java.util.Map.of() : client.written(),
                changes.ackedModseq());
        boolean nothing = request.commands().isEmpty() && changes.commands().isEmpty() && !items.changed()
                && changes.ackedModseq() == base.ackedModseq() && Objects.equals(changes.pending(), base.pending())
                && after.equals(stored) && ownAfter.equals(own);
        if (nothing) {
            return new Outcome(new CollectionResponse(request.syncKey(), request.collectionId(), SyncStatus.SUCCESS,
                    List.of(), changes.more(), List.of()), 0, false);
        }
        tx.syncStates().saveCollection(CollectionState.of(deviceId, folder.id(), nextKey, changes.ackedModseq(),
                changes.pending(), ownAfter.addTo(after.toProperties())), items.added(), items.removed());
        return new Outcome(new CollectionResponse(SyncKeys.format(nextKey), request.collectionId(), SyncStatus.SUCCESS,
                results, changes.more(), changes.commands()), changes.commands().size(), true);
    }

    /**
     * How many commands the next Sync of this key would bring with {@code filter} (null: the stored one) and
     * ConversationMode {@code conversations} (ignored before 14.0), computed in the caller's transaction
     * without saving anything; empty when the key is not a kept one.
     */
    public java.util.OptionalInt estimate(Folder folder, long key, org.pushbox.protocol.command.sync.FilterType filter,
            boolean conversations) {
        Optional<CollectionState> base = tx.syncStates().collection(deviceId, folder.id(), key);
        if (base.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        CollectionOptions stored = CollectionOptions.fromProperties(base.get().options());
        CollectionOptions options = stored.withFilter(filter == null ? stored.filter() : filter,
                conversations && version.atLeast(ProtocolVersion.V14_0));
        SyncedItems items = new SyncedItems(tx.syncStates().heldItems(deviceId, folder.id(), key));
        ServerChanges.Result result = new ServerChanges(tx, folder, ItemRenderer.counting(), items, java.util.Set.of(),
                options, now).ownWrites(DeviceWrites.from(base.get().options())).collect(base.get().ackedModseq(), base.get().pending(), options.reconcile(), ESTIMATE_CAP);
        return java.util.OptionalInt.of(result.commands().size());
    }

    /** Whether the device ever synced the folder (GetItemEstimate's "not primed" otherwise). */
    public boolean primed(Folder folder) {
        return tx.syncStates().latestCollection(deviceId, folder.id()).isPresent();
    }

    /** The folder of a CollectionId if it is this account's. */
    public Optional<Folder> folder(String collectionId) {
        long id = SyncKeys.parse(collectionId);
        return id < 1 ? Optional.empty() : tx.folders().get(id).filter(f -> f.accountId() == accountId);
    }

    /** The Options for the folder's own class (or the unclassed ones), null when none were sent. */
    private static SyncOptions optionsFor(SyncRequest.Collection request, ItemClass folderClass) {
        for (SyncOptions o : request.options()) {
            if (o.itemClass() == null || o.itemClass() == folderClass) {
                return o;
            }
        }
        return null;
    }

    private static Outcome failed(SyncRequest.Collection request, SyncStatus status) {
        return new Outcome(new CollectionResponse(null, request.collectionId(), status, List.of(), false, List.of()),
                0, true);
    }
}
