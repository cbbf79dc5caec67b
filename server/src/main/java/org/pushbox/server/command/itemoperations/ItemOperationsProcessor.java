package org.pushbox.server.command.itemoperations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.protocol.command.itemoperations.ItemOperationsCodec;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.EmptyFolderContents;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Fetch;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Move;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.EmptyFolderContentsResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.MoveResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.Result;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ItemOperations: Fetch (item, attachment), EmptyFolderContents and Move, run and answered in request
 * order, each with its own Status. Attachments and bodies are inline base64 {@code Data}, or, when the
 * client accepts a multipart answer ({@code MS-ASAcceptMultiPart: T} or the base64 request line's option),
 * binary parts of an {@code application/vnd.ms-sync.multipart} body named by {@code Part} elements, streamed
 * from the store as the answer is written (docs/item-operations.md).
 */
public final class ItemOperationsProcessor implements CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ItemOperationsProcessor.class);
    private static final String MAILBOX = "Mailbox";

    private final MailboxStore store;

    public ItemOperationsProcessor(MailboxStore store) {
        this.store = store;
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        MultiParts parts = context.request().acceptMultiPart() ? new MultiParts() : null;
        WbxmlElement document = ItemOperationsCodec.encodeResponse(answer(context, version, parts), version);
        return CompletableFuture.completedFuture(parts == null ? CommandResponse.wbxml(document)
                : parts.response(document));
    }

    /** The answer; with {@code parts} (multipart accepted), fetched content goes there instead of inline. */
    private ItemOperationsResponse answer(CommandContext context, ProtocolVersion version, MultiParts parts) {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            return new ItemOperationsResponse(ItemOperationsStatus.PROTOCOL_ERROR, null);
        }
        ItemOperationsRequest request;
        try {
            request = ItemOperationsCodec.decodeRequest(body.root(), version);
        } catch (CommandException e) {
            return new ItemOperationsResponse(e.status(), null);
        }
        long accountId = context.account().id();
        List<Result> results = new ArrayList<>();
        for (ItemOperationsRequest.Operation op : request.operations()) {
            if (op instanceof Fetch f) {
                results.add(fetch(f, accountId, version, context, parts));
            } else if (op instanceof EmptyFolderContents e) {
                results.add(new EmptyFolderContentsResult(new FolderEmptier(store, accountId)
                        .empty(e.collectionId(), e.deleteSubFolders()), e.collectionId()));
            } else if (op instanceof Move m) {
                results.add(new MoveResult(new ConversationMover(store, accountId).move(m.conversationId(),
                        m.dstFldId()), m.conversationId()));
            }
        }
        return new ItemOperationsResponse(ItemOperationsStatus.SUCCESS, results);
    }

    private FetchResult fetch(Fetch f, long accountId, ProtocolVersion version, CommandContext context,
            MultiParts parts) {
        if (!MAILBOX.equalsIgnoreCase(f.store())) {
            // Document libraries (UNC/SharePoint) are not served.
            return echo(f, ItemOperationsStatus.UNKNOWN_STORE);
        }
        try {
            Range range = f.options() == null ? null : f.options().range();
            if (f.fileReference() != null && parts != null) {
                AttachmentFetcher.PartFetch fetched = new AttachmentFetcher(store, accountId)
                        .fetchPart(f.fileReference(), range, parts.nextIndex(), parts.room());
                if (fetched.part() != null) {
                    parts.add(fetched.part());
                }
                return fetched.result();
            }
            if (f.fileReference() != null) {
                return new AttachmentFetcher(store, accountId).fetch(f.fileReference(), range);
            }
            if (f.serverId() != null) {
                FetchResult item = new ItemFetcher(store, accountId, version).fetch(f.collectionId(), f.serverId(),
                        f.options());
                return parts == null ? item : parts.bodyAsPart(item);
            }
            // A LongId comes from Search or Find, which pushbox does not offer: it names nothing here.
            return echo(f, ItemOperationsStatus.OBJECT_NOT_FOUND);
        } catch (IOException | StoreException e) {
            LOG.warn("ItemOperations Fetch failed for device {}: {}", context.request().deviceId(), e.toString());
            return echo(f, ItemOperationsStatus.IO_FAILURE);
        }
    }

    private static FetchResult echo(Fetch f, ItemOperationsStatus status) {
        return new FetchResult(status, f.collectionId(), f.serverId(), f.longId(), null, f.linkId(), f.fileReference(),
                null);
    }
}
