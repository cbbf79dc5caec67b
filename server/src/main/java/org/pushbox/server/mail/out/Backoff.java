package org.pushbox.server.mail.out;

import java.time.Duration;
import java.time.Instant;
import org.pushbox.server.config.RelaySettings;

/**
 * When to try a temporarily failed recipient again: {@code first}, doubling with each failure, never more
 * than {@code max}; given up once {@code giveUpAfter} has passed since the message was submitted.
 */
record Backoff(Duration first, Duration max, Duration giveUpAfter) {

    static Backoff of(RelaySettings settings) {
        return new Backoff(settings.retryFirst(), settings.retryMax(), settings.giveUpAfter());
    }

    /** The next attempt after the failure of attempt number {@code attemptsBefore + 1}. */
    Instant next(int attemptsBefore, Instant now) {
        Duration delay = first;
        for (int i = 0; i < attemptsBefore && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return now.plus(delay.compareTo(max) > 0 ? max : delay);
    }

    boolean isExpired(Instant submitted, Instant now) {
        return !now.isBefore(submitted.plus(giveUpAfter));
    }
}
