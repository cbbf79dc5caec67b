package org.pushbox.storage.api;

import java.time.Instant;

/** A sender holds the recipients (a transfer may be under way), so they cannot be changed now. */
public class LeaseHeldException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final Instant until;

    public LeaseHeldException(String message, Instant until) {
        super(message);
        this.until = until;
    }

    /** When the lease runs out unless its holder renews it. */
    public Instant until() {
        return until;
    }
}
