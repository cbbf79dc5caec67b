package org.pushbox.server.command.smartreply;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.smartreply.SmartReplyCodec;
import org.pushbox.protocol.command.smartreply.SmartReplyRequest;
import org.pushbox.server.command.sendmail.ComposeCommands;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.mail.compose.ComposeKind;
import org.pushbox.server.mail.compose.ComposeRequest;
import org.pushbox.server.mail.compose.ComposeService;

/** SmartReply: the client's reply with the original quoted below it (unless ReplaceMime), threaded. */
public final class SmartReplyProcessor implements CommandProcessor {

    private final ComposeCommands commands;

    public SmartReplyProcessor(ComposeService service) {
        this.commands = new ComposeCommands(service);
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        return CompletableFuture.completedFuture(commands.answer(context, ComposeKind.REPLY, (root, version) -> {
            SmartReplyRequest r = SmartReplyCodec.decodeRequest(root, version);
            return new ComposeRequest(ComposeKind.REPLY, r.clientId(), r.accountId(), r.source(), r.saveInSentItems(),
                    r.replaceMime(), r.mime().toArray());
        }, SmartReplyCodec::encodeResponse));
    }
}
