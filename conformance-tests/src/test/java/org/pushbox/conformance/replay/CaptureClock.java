package org.pushbox.conformance.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time of the exchange being replayed, as the capture recorded it. Sync's filter windows (FilterType
 * "one month back") are dated by it, so that mail received in 2014 is as recent to pushbox as it was to
 * Exchange then; before the first exchange it is the system's time.
 */
final class CaptureClock extends Clock {

    private volatile Instant now;

    void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public Instant instant() {
        Instant n = now;
        return n == null ? Instant.now() : n;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
