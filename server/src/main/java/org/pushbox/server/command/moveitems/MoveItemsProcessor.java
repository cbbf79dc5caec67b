package org.pushbox.server.command.moveitems;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.moveitems.MoveItemsCodec;
import org.pushbox.protocol.command.moveitems.MoveItemsRequest;
import org.pushbox.protocol.command.moveitems.MoveItemsResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.storage.api.MailboxStore;

/**
 * MoveItems: each Move runs on its own (one failing does not undo the others) and is answered in request
 * order. A body that is not a MoveItems document is common status 103 at the top level.
 */
public final class MoveItemsProcessor implements CommandProcessor {

    private final MailboxStore store;

    public MoveItemsProcessor(MailboxStore store) {
        this.store = store;
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        return CompletableFuture.completedFuture(CommandResponse.wbxml(
                MoveItemsCodec.encodeResponse(answer(context, version), version)));
    }

    private MoveItemsResponse answer(CommandContext context, ProtocolVersion version) {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            return new MoveItemsResponse(CommonStatus.INVALID_XML, List.of());
        }
        MoveItemsRequest request;
        try {
            request = MoveItemsCodec.decodeRequest(body.root(), version);
        } catch (CommandException e) {
            return new MoveItemsResponse(e.status(), List.of());
        }
        ItemMover mover = new ItemMover(store, context.account().id());
        List<MoveItemsResponse.Response> responses = new ArrayList<>();
        for (MoveItemsRequest.Move move : request.moves()) {
            ItemMover.Outcome outcome = mover.move(move.srcMsgId(), move.srcFldId(), move.dstFldId());
            responses.add(new MoveItemsResponse.Response(move.srcMsgId(), outcome.status(), outcome.newServerId()));
        }
        return new MoveItemsResponse(null, responses);
    }
}
