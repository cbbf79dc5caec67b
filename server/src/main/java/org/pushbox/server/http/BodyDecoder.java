package org.pushbox.server.http;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlException;
import org.pushbox.protocol.wbxml.WbxmlLimits;

/**
 * Turns a request body into a {@link RequestBody}. MIME is accepted only where 12.1 uses it (the three
 * mail-sending commands with {@code message/rfc822}); every other non-empty body is decoded as WBXML
 * whatever its Content-Type says, since clients differ in how they label it and the decoder is strict.
 */
final class BodyDecoder {

    static final Set<EasCommand> MIME_COMMANDS = EnumSet.of(EasCommand.SEND_MAIL, EasCommand.SMART_REPLY,
            EasCommand.SMART_FORWARD);

    private final WbxmlLimits limits;

    BodyDecoder(WbxmlLimits limits) {
        this.limits = limits;
    }

    RequestBody decode(EasCommand command, RequestHeaders headers, byte[] body) throws WbxmlException {
        if (body.length == 0) {
            return new RequestBody.None();
        }
        if (MIME_COMMANDS.contains(command) && isMime(headers)) {
            return new RequestBody.Mime(body);
        }
        return new RequestBody.Wbxml(Wbxml.decode(body, limits));
    }

    private static boolean isMime(RequestHeaders headers) {
        return headers.first("Content-Type")
                .map(type -> type.strip().toLowerCase(Locale.ROOT).startsWith("message/rfc822"))
                .orElse(false);
    }
}
