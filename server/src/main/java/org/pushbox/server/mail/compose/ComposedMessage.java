package org.pushbox.server.mail.compose;

import java.util.List;

/**
 * A message ready to leave: the SMTP envelope and the bytes as transmitted (Bcc removed).
 *
 * @param envelopeFrom the account's address the message is sent from
 * @param recipients   To, Cc and Bcc addresses, de-duplicated ignoring case, in header order
 * @param clientMessageId the Message-ID the client wrote, or null when the server added one
 */
public record ComposedMessage(String envelopeFrom, List<String> recipients, byte[] mime, String clientMessageId) {

    public ComposedMessage {
        recipients = List.copyOf(recipients);
    }
}
