package org.pushbox.storage.api;

import java.time.Instant;

/**
 * One recipient of the outbound queue with its message, as an operator looks at it.
 *
 * @param leaseUntil until when a sender holds the recipient; null when none does (an expired lease is
 *     just as free)
 */
public record OutboundEntry(OutboundMessage message, OutboundRecipient recipient, Instant leaseUntil) {

    /** True while a sender holds the recipient, that is while a transfer of it may be under way. */
    public boolean isLeasedAt(Instant now) {
        return leaseUntil != null && !leaseUntil.isBefore(now);
    }
}
