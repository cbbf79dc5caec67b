package org.pushbox.storage.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of one attempt for one claimed recipient.
 *
 * @param state SENT, FAILED, or PENDING to try again at {@code nextAttempt}
 * @param nextAttempt when to try again; only for PENDING
 * @param error what went wrong (a relay reply, a local failure); null for SENT
 */
public record RecipientUpdate(long recipientId, OutboundRecipient.State state, Instant nextAttempt, String error) {

    public RecipientUpdate {
        Objects.requireNonNull(state, "state");
        if (state == OutboundRecipient.State.PENDING && nextAttempt == null) {
            throw new IllegalArgumentException("a retry needs its next attempt time");
        }
    }

    public static RecipientUpdate sent(long recipientId) {
        return new RecipientUpdate(recipientId, OutboundRecipient.State.SENT, null, null);
    }

    public static RecipientUpdate failed(long recipientId, String error) {
        return new RecipientUpdate(recipientId, OutboundRecipient.State.FAILED, null, error);
    }

    public static RecipientUpdate retryAt(long recipientId, Instant nextAttempt, String error) {
        return new RecipientUpdate(recipientId, OutboundRecipient.State.PENDING, nextAttempt, error);
    }
}
