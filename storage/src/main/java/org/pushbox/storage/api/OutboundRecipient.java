package org.pushbox.storage.api;

import java.time.Instant;

/**
 * One envelope recipient of an outbound message.
 *
 * @param attempts delivery attempts made so far
 * @param nextAttempt when it is due (again); meaningful while pending
 * @param lastError the last failure, as the relay or the local delivery described it; null when none
 */
public record OutboundRecipient(long id, long messageId, String address, boolean local, State state, int attempts,
        Instant nextAttempt, String lastError) {

    public enum State implements Coded {
        PENDING(0),
        SENT(1),
        FAILED(2);

        private final int code;

        State(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }

        public static State of(int code) {
            return Coded.byCode(values(), code);
        }
    }
}
