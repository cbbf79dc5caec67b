package org.pushbox.server.command.meetingresponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseCodec;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseResponse;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.mail.out.MailSubmitter;
import org.pushbox.storage.api.MailboxStore;

/**
 * MeetingResponse ([MS-ASCMD] 2.2.1.11): each Request is answered on its own, in request order, by a
 * {@link MeetingResponder}. A body that is not a MeetingResponse document, or one the codec refuses, is
 * answered with one Result carrying the codec's status.
 */
public final class MeetingResponseProcessor implements CommandProcessor {

    private final MailboxStore store;
    private final MailSubmitter submitter;
    private final Clock clock;

    /** @param submitter where 16.x SendResponse replies leave; null when mail cannot be sent (Status 4) */
    public MeetingResponseProcessor(MailboxStore store, MailSubmitter submitter, Clock clock) {
        this.store = store;
        this.submitter = submitter;
        this.clock = clock;
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        return CompletableFuture.completedFuture(CommandResponse.wbxml(
                MeetingResponseCodec.encodeResponse(answer(context, version), version)));
    }

    private MeetingResponseResponse answer(CommandContext context, ProtocolVersion version) {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            return failure(MeetingResponseStatus.INVALID_MEETING_REQUEST);
        }
        MeetingResponseRequest request;
        try {
            request = MeetingResponseCodec.decodeRequest(body.root(), version);
        } catch (CommandException e) {
            return new MeetingResponseResponse(List.of(new MeetingResponseResponse.Result(null, e.status(), null, null)));
        }
        MeetingResponder responder = new MeetingResponder(store, submitter, clock, context.account(), version);
        List<MeetingResponseResponse.Result> results = new ArrayList<>();
        for (MeetingResponseRequest.Request r : request.requests()) {
            MeetingResponder.Outcome outcome = responder.respond(r);
            results.add(new MeetingResponseResponse.Result(r.requestId(), outcome.status(), outcome.calendarId(), null));
        }
        return new MeetingResponseResponse(results);
    }

    private static MeetingResponseResponse failure(MeetingResponseStatus status) {
        return new MeetingResponseResponse(List.of(new MeetingResponseResponse.Result(null, status, null, null)));
    }
}
