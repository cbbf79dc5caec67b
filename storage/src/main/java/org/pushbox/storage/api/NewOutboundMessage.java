package org.pushbox.storage.api;

import java.util.List;
import java.util.Objects;

/**
 * A message to queue for sending.
 *
 * @param accountId the sending account (its messages go when it is deleted)
 * @param clientId the client's id for this send, unique per account; null when there is none
 * @param envelopeFrom the SMTP reverse path; empty for a bounce (the null sender {@code <>})
 * @param mime the message as it will be transmitted, already stored
 * @param size its length in bytes
 * @param recipients the envelope recipients, at least one
 */
public record NewOutboundMessage(long accountId, String clientId, String envelopeFrom, BlobId mime, long size,
        List<Recipient> recipients) {

    public NewOutboundMessage {
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        Objects.requireNonNull(mime, "mime");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
    }

    /**
     * @param address the RCPT TO address
     * @param local true when the address belongs to an account of this server (delivered into its Inbox)
     */
    public record Recipient(String address, boolean local) {
        public Recipient {
            Objects.requireNonNull(address, "address");
        }
    }
}
