package org.pushbox.storage.api;

import java.time.Instant;
import java.util.List;

/**
 * Pending recipients of one message, held under a lease until {@code leaseUntil}; report what happened
 * with {@link OutboundQueue#complete} using {@code token}.
 */
public record OutboundClaim(String token, Instant leaseUntil, OutboundMessage message,
        List<OutboundRecipient> recipients) {

    public OutboundClaim {
        recipients = List.copyOf(recipients);
    }
}
