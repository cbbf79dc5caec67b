package org.pushbox.server.command.sendmail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.sendmail.SendMailCodec;
import org.pushbox.protocol.command.sendmail.SendMailRequest;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.mail.compose.ComposeKind;
import org.pushbox.server.mail.compose.ComposeRequest;
import org.pushbox.server.mail.compose.ComposeService;

/** SendMail: the client's message, sent as it is (sender checked, Bcc removed), see {@link ComposeCommands}. */
public final class SendMailProcessor implements CommandProcessor {

    private final ComposeCommands commands;

    public SendMailProcessor(ComposeService service) {
        this.commands = new ComposeCommands(service);
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        return CompletableFuture.completedFuture(commands.answer(context, ComposeKind.SEND, (root, version) -> {
            SendMailRequest r = SendMailCodec.decodeRequest(root, version);
            return new ComposeRequest(ComposeKind.SEND, r.clientId(), r.accountId(), null, r.saveInSentItems(), false,
                    r.mime().toArray());
        }, SendMailCodec::encodeResponse));
    }
}
