package org.pushbox.server.command.getitemestimate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateCodec;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateRequest;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateResponse;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateStatus;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.sync.CollectionSync;
import org.pushbox.server.sync.SyncKeys;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.MailboxStore;

/**
 * GetItemEstimate (12.1 and 14.0+ forms): for each collection, how many commands the next Sync with that
 * key would bring, computed by the Sync engine itself in a transaction that writes nothing. Status 2 for
 * a folder that is not the account's, 3 for a folder never synced (key 0 first), 4 for a key that is not
 * one of the two kept keys. MaxItems is Status 2 (it is for the Recipient Information Cache, which pushbox
 * does not keep); ConversationMode counts whole conversations like Sync, and on a collection that is not
 * mail (14.0+) makes the whole request Status 103.
 */
public final class GetItemEstimateProcessor implements CommandProcessor {

    private final MailboxStore store;
    private final Clock clock;

    public GetItemEstimateProcessor(MailboxStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        GetItemEstimateResponse response;
        try {
            if (!(context.body() instanceof RequestBody.Wbxml body)) {
                throw new CommandException(CommonStatus.INVALID_WBXML, "no WBXML body");
            }
            response = estimate(context, GetItemEstimateCodec.decodeRequest(body.root(), version));
        } catch (CommandException e) {
            response = new GetItemEstimateResponse(e.status(), List.of());
        } catch (NotMail e) {
            response = new GetItemEstimateResponse(CommonStatus.INVALID_XML, List.of());
        }
        return CompletableFuture.completedFuture(CommandResponse.wbxml(
                GetItemEstimateCodec.encodeResponse(response, version)));
    }

    private GetItemEstimateResponse estimate(CommandContext context, GetItemEstimateRequest request) {
        ProtocolVersion version = context.request().protocolVersion();
        List<GetItemEstimateResponse.Response> responses = store.transaction(tx -> {
            CollectionSync sync = new CollectionSync(tx, store.blobs(), context.account().id(), context.device().id(),
                    version, clock.instant());
            List<GetItemEstimateResponse.Response> list = new ArrayList<>();
            for (GetItemEstimateRequest.Collection c : request.collections()) {
                list.add(one(sync, c, version));
            }
            return list;
        });
        return new GetItemEstimateResponse(null, responses);
    }

    private static GetItemEstimateResponse.Response one(CollectionSync sync, GetItemEstimateRequest.Collection c,
            ProtocolVersion version) {
        Optional<Folder> folder = sync.folder(c.collectionId());
        if (folder.isEmpty() || c.options().stream().anyMatch(o -> o.maxItems() != null)) {
            return failed(GetItemEstimateStatus.INVALID_COLLECTION, c);
        }
        if (c.conversationMode() && version.atLeast(ProtocolVersion.V14_0)
                && folder.get().itemClass() != org.pushbox.storage.api.ItemClass.EMAIL) {
            throw new NotMail();
        }
        if (!sync.primed(folder.get()) || c.syncKey().equals("0")) {
            return failed(GetItemEstimateStatus.NOT_PRIMED, c);
        }
        long key = SyncKeys.parse(c.syncKey());
        FilterType filter = c.options().isEmpty() ? null : c.options().get(0).filterType();
        OptionalInt estimate = key < 1 ? OptionalInt.empty()
                : sync.estimate(folder.get(), key, filter, c.conversationMode());
        if (estimate.isEmpty()) {
            return failed(GetItemEstimateStatus.INVALID_SYNC_KEY, c);
        }
        return new GetItemEstimateResponse.Response(GetItemEstimateStatus.SUCCESS, c.collectionId(),
                estimate.getAsInt());
    }

    /** ConversationMode on a collection that is not mail: the request is refused as a whole. */
    private static final class NotMail extends RuntimeException {
        NotMail() {
            super(null, null, false, false);
        }
    }

    private static GetItemEstimateResponse.Response failed(EasStatus status, GetItemEstimateRequest.Collection c) {
        return new GetItemEstimateResponse.Response(status, c.collectionId(), null);
    }
}
