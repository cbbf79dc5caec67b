package org.pushbox.storage.api;

import java.time.Instant;

/**
 * A queued (or finished) outbound message.
 *
 * @param mime the MIME blob; null once the message is finished and its blob released
 * @param finished when its last recipient became final; null while any is pending
 */
public record OutboundMessage(long id, long accountId, String clientId, String envelopeFrom, BlobId mime, long size,
        Instant created, Instant finished) {

    public boolean isFinished() {
        return finished != null;
    }
}
