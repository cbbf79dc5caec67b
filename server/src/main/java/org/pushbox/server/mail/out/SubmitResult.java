package org.pushbox.server.mail.out;

/**
 * What {@link MailSubmitter#submit} did with a message.
 *
 * @param outcome accepted, or recognised as a repeat of an earlier ClientId
 * @param messageId the outbound queue id of the message (of the earlier one for a duplicate)
 */
public record SubmitResult(Outcome outcome, long messageId) {

    public enum Outcome {
        /** Committed: local recipients delivered, remote ones queued for the relay. */
        ACCEPTED,
        /** This account already submitted a message with the same ClientId; nothing was sent again. */
        DUPLICATE_CLIENT_ID
    }
}
