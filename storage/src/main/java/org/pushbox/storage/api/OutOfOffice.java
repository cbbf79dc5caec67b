package org.pushbox.storage.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's out-of-office settings: whether automatic replies are off, always on or on between
 * {@code start} and {@code end} (UTC), and one reply for each kind of sender. Times are kept also
 * when the state does not use them, so switching back to time-based finds them again.
 */
public record OutOfOffice(State state, Instant start, Instant end, Reply internal, Reply externalKnown,
        Reply externalUnknown) {

    /** Nothing set yet: off, no times, three empty disabled text replies. */
    public static final OutOfOffice NONE = new OutOfOffice(State.DISABLED, null, null, Reply.NONE, Reply.NONE,
            Reply.NONE);

    public OutOfOffice {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(internal, "internal");
        Objects.requireNonNull(externalKnown, "externalKnown");
        Objects.requireNonNull(externalUnknown, "externalUnknown");
        if (state == State.TIME_BASED && (start == null || end == null || !start.isBefore(end))) {
            throw new IllegalArgumentException("time-based out-of-office needs start before end");
        }
    }

    /** When replies are sent. Codes are persisted. */
    public enum State implements Coded {
        DISABLED(0),
        GLOBAL(1),
        TIME_BASED(2);

        private final int code;

        State(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }

        public static State ofCode(int code) {
            return Coded.byCode(values(), code);
        }
    }

    /** One automatic reply; {@code message} may be {@code null} (none written), {@code html} says how it is written. */
    public record Reply(boolean enabled, String message, boolean html) {

        public static final Reply NONE = new Reply(false, null, false);
    }
}
