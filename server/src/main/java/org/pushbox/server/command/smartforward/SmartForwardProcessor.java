package org.pushbox.server.command.smartforward;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.smartforward.SmartForwardCodec;
import org.pushbox.protocol.command.smartforward.SmartForwardRequest;
import org.pushbox.server.command.sendmail.ComposeCommands;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.mail.compose.ComposeKind;
import org.pushbox.server.mail.compose.ComposeRequest;
import org.pushbox.server.mail.compose.ComposeService;

/**
 * SmartForward: the client's message with the original's body and attachments added (unless ReplaceMime).
 * The 16.0 additions are refused rather than ignored: a Body beside the Mime is 178, Forwardees (adding
 * attendees to a forwarded meeting, which pushbox cannot do) 179.
 */
public final class SmartForwardProcessor implements CommandProcessor {

    private final ComposeCommands commands;

    public SmartForwardProcessor(ComposeService service) {
        this.commands = new ComposeCommands(service);
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        return CompletableFuture.completedFuture(commands.answer(context, ComposeKind.FORWARD, (root, version) -> {
            SmartForwardRequest r = SmartForwardCodec.decodeRequest(root, version);
            if (r.body() != null) {
                throw new CommandException(CommonStatus.INVALID_MIME_BODY_COMBINATION, "Body beside Mime");
            }
            if (!r.forwardees().isEmpty()) {
                throw new CommandException(CommonStatus.INVALID_SMART_FORWARD_PARAMETERS, "Forwardees not supported");
            }
            return new ComposeRequest(ComposeKind.FORWARD, r.clientId(), r.accountId(), r.source(),
                    r.saveInSentItems(), r.replaceMime(), r.mime().toArray());
        }, SmartForwardCodec::encodeResponse));
    }
}
