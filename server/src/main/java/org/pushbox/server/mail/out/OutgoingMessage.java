package org.pushbox.server.mail.out;

import java.util.List;
import java.util.Objects;

/**
 * A finished message ready to leave: the envelope (sender and every recipient, Bcc included) and the bytes
 * that go on the wire (Bcc header already removed by the composer).
 *
 * @param accountId the sending account
 * @param clientId the device's ClientId for this send, or null when the client sent none (12.1 forms may not)
 * @param envelopeFrom the SMTP MAIL FROM address; must be one of the account's addresses
 * @param recipients SMTP RCPT TO addresses, de-duplicated, at least one
 * @param mime the RFC 5322 message as it will be transmitted
 */
public record OutgoingMessage(long accountId, String clientId, String envelopeFrom, List<String> recipients,
        byte[] mime) {

    public OutgoingMessage {
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(mime, "mime");
    }
}
