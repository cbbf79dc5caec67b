package org.pushbox.protocol.command.smartreply;

import java.util.Objects;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sendmail.Source;

/**
 * A SmartReply request (14.0+ WBXML form).
 *
 * @param replaceMime the client's MIME is complete: send it as is, without the original message
 */
public record SmartReplyRequest(String clientId, Source source, String accountId, boolean saveInSentItems,
        boolean replaceMime, Bytes mime, String templateId) {

    public SmartReplyRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mime, "mime");
    }
}
