package org.pushbox.server.command.sendmail;

import java.util.Optional;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.sendmail.ComposeMailResponse;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.request.CommandParameters;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.mail.compose.ComposeException;
import org.pushbox.server.mail.compose.ComposeKind;
import org.pushbox.server.mail.compose.ComposeRequest;
import org.pushbox.server.mail.compose.ComposeService;

/**
 * What SendMail, SmartReply and SmartForward share: the two request forms and the two answer forms.
 *
 * <p>14.0 and later send a WBXML document; success is HTTP 200 with an empty body, a failure the
 * command's {@code <Status>} (118 for a repeated ClientId). 12.1 sends the raw MIME
 * ({@code message/rfc822}) with SaveInSent, ItemId, CollectionId, LongId and Occurrence on the request
 * line; it learns of a failure only from the HTTP status the common status stands for (e.g. 500 for 150),
 * and a repeat (recognised by the client's Message-ID) is answered as the success it was.
 */
public final class ComposeCommands {

    /** Decodes a 14.0+ document into a request. */
    @FunctionalInterface
    public interface Decoder {
        ComposeRequest decode(WbxmlElement root, ProtocolVersion version) throws CommandException;
    }

    /** Encodes the failure document of one command. */
    @FunctionalInterface
    public interface Encoder {
        WbxmlElement encode(ComposeMailResponse response, ProtocolVersion version);
    }

    private final ComposeService service;

    public ComposeCommands(ComposeService service) {
        this.service = service;
    }

    public CommandResponse answer(CommandContext context, ComposeKind kind, Decoder decoder, Encoder encoder) {
        ProtocolVersion version = context.request().protocolVersion();
        boolean legacy = !version.atLeast(ProtocolVersion.V14_0);
        Optional<ComposeRequest> request;
        try {
            request = legacy ? legacyRequest(kind, context) : Optional.of(wbxmlRequest(context, decoder, version));
        } catch (CommandException e) {
            return failure(e.status(), legacy, encoder, version);
        }
        if (request.isEmpty()) {
            return CommandResponse.status(400);
        }
        try {
            ComposeService.Outcome outcome = service.send(context.account(), request.get());
            if (outcome == ComposeService.Outcome.ALREADY_SENT && !legacy) {
                return failure(CommonStatus.MESSAGE_PREVIOUSLY_SENT, false, encoder, version);
            }
            return CommandResponse.empty();
        } catch (ComposeException e) {
            return failure(e.status(), legacy, encoder, version);
        }
    }

    private static ComposeRequest wbxmlRequest(CommandContext context, Decoder decoder, ProtocolVersion version)
            throws CommandException {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            // A MIME body or none: 14.0 and later must send the WBXML document.
            throw new CommandException(CommonStatus.INVALID_CONTENT, "a " + version.headerValue()
                    + " request carries a WBXML document");
        }
        return decoder.decode(body.root(), version);
    }

    /** The 12.1 form, or empty when the request is not one (no MIME body, no source where one is needed). */
    private static Optional<ComposeRequest> legacyRequest(ComposeKind kind, CommandContext context) {
        if (!(context.body() instanceof RequestBody.Mime mime)) {
            return Optional.empty();
        }
        EasRequest request = context.request();
        Source source = null;
        if (kind != ComposeKind.SEND) {
            CommandParameters p = request.parameters();
            if (p.itemId().isEmpty() && p.longId().isEmpty()) {
                return Optional.empty();
            }
            source = new Source(p.itemId().isPresent() ? p.collectionId().orElse(null) : null,
                    p.itemId().orElse(null), p.itemId().isPresent() ? null : p.longId().orElse(null),
                    p.occurrence().orElse(null));
        }
        return Optional.of(new ComposeRequest(kind, null, null, source, request.saveInSent(), false, mime.message()));
    }

    private static CommandResponse failure(EasStatus status, boolean legacy, Encoder encoder, ProtocolVersion version) {
        if (legacy) {
            CommonStatus common = status instanceof CommonStatus c ? c : CommonStatus.fromCode(status.code());
            return CommandResponse.status(common == null ? 500 : common.httpStatus());
        }
        return CommandResponse.wbxml(encoder.encode(new ComposeMailResponse(status), version));
    }
}
