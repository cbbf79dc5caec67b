package org.pushbox.protocol.command.sendmail;

import java.util.Objects;
import org.pushbox.protocol.command.Bytes;

/**
 * A SendMail request (14.0+ WBXML form; 12.1 sends the raw MIME as the HTTP body instead).
 *
 * @param clientId  the client's id for this message; a repeated one is common status 118
 * @param accountId 14.1+, or {@code null}
 * @param mime      the RFC 822 message
 * @param templateId the rights-management template (14.1+), or {@code null}
 */
public record SendMailRequest(String clientId, String accountId, boolean saveInSentItems, Bytes mime,
        String templateId) {

    public SendMailRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(mime, "mime");
    }
}
