package org.pushbox.server.command.itemoperations;

import java.util.List;
import java.util.Optional;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.protocol.command.itemoperations.FetchProperties;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.FetchOptions;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.sync.ItemRenderer;
import org.pushbox.server.sync.mapping.BodyRequest;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.MailboxStore;

/**
 * Fetch of an item by CollectionId and ServerId: the whole item rendered exactly as Sync renders it,
 * with the Fetch's BodyPreference and MIMESupport, cut down to its Schema when one is given.
 */
final class ItemFetcher {

    private final MailboxStore store;
    private final long accountId;
    private final ProtocolVersion version;

    ItemFetcher(MailboxStore store, long accountId, ProtocolVersion version) {
        this.store = store;
        this.accountId = accountId;
        this.version = version;
    }

    FetchResult fetch(String collectionId, String serverId, FetchOptions options) {
        Optional<Folder> folder = Ids.parse(collectionId).flatMap(store.folders()::get)
                .filter(f -> f.accountId() == accountId);
        Optional<Item> item = folder.flatMap(f -> Ids.parse(serverId).flatMap(store.items()::get)
                .filter(i -> i.folderId() == f.id()));
        if (item.isEmpty()) {
            return failure(collectionId, serverId, ItemOperationsStatus.OBJECT_NOT_FOUND);
        }
        BodyRequest body = options == null ? BodyRequest.DEFAULT : new BodyRequest(options.bodyPreferences(),
                options.mimeSupport() == null ? 0 : options.mimeSupport(), null);
        ApplicationData data;
        try {
            data = new ItemRenderer(version, body, store.blobs(), ItemRenderer.classOf(folder.get().itemClass()))
                    .data(item.get());
        } catch (RuntimeException e) {
            // Stored content the model cannot express (e.g. an unreadable MIME blob).
            return failure(collectionId, serverId, ItemOperationsStatus.CONVERSION_FAILED);
        }
        List<WbxmlElement> properties = data.properties();
        if (options != null && options.schema() != null && !options.schema().isEmpty()) {
            List<Tag> schema = options.schema();
            properties = properties.stream().filter(p -> schema.contains(p.tag())).toList();
        }
        return new FetchResult(ItemOperationsStatus.SUCCESS, collectionId, serverId, null,
                ItemRenderer.classOf(item.get().itemClass()), null, null, new FetchProperties(properties));
    }

    private static FetchResult failure(String collectionId, String serverId, EasStatus status) {
        return new FetchResult(status, collectionId, serverId, null, null, null, null, null);
    }
}
