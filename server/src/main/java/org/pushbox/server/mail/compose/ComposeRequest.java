package org.pushbox.server.mail.compose;

import java.util.Objects;
import org.pushbox.protocol.command.sendmail.Source;

/**
 * One SendMail, SmartReply or SmartForward, in either form: the 14.0+ WBXML document or the 12.1 raw MIME
 * body with its query parameters.
 *
 * @param clientId    the device's id of this message, or null (the 12.1 form has none)
 * @param accountId   14.1+ AccountId, or null
 * @param source      the original message of a reply or forward, null for SendMail
 * @param replaceMime the client's MIME is the whole message: nothing of the original is added
 * @param mime        the client's RFC 5322 message
 */
public record ComposeRequest(ComposeKind kind, String clientId, String accountId, Source source,
        boolean saveInSent, boolean replaceMime, byte[] mime) {

    public ComposeRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mime, "mime");
        if ((kind == ComposeKind.SEND) != (source == null)) {
            throw new IllegalArgumentException("a reply or forward has a source, a new message has none");
        }
    }
}
