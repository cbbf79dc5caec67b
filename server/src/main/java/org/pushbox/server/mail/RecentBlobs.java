package org.pushbox.server.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobStore;

/**
 * Tells {@link MailDelivery} when a received message cannot be a retry, so that it can skip reading the
 * Inbox's recent items (the retry check, which loads every item of the window and dominated delivery cost
 * under load).
 *
 * <p>A retry re-sends bytes that were delivered before, so its content-addressed blob already existed. Blob
 * ids grow with every new blob, so at the first delivery a marker blob of random content is stored: every
 * blob that existed before this process's deliveries has a smaller id (the "baseline"). A message blob is
 * <i>fresh</i> (no retry possible) when its id is above the baseline and no delivery of this process has
 * stored it before; otherwise the Inbox is checked as before. A blob above the baseline that an earlier
 * delivery stored is remembered for the retry window; when more than {@link #MAX_REMEMBERED} must be
 * remembered, the oldest is forgotten and the fast path stays off until its window has passed, so the
 * answer is never "fresh" by mistake. Assumes one pushbox process delivers into the store (blobs another
 * writer adds above the baseline are not deliveries, hence not retries).
 */
final class RecentBlobs {

    static final int MAX_REMEMBERED = 100_000;

    private final Duration window;
    private final int capacity;
    private final Map<Long, Instant> seen = new LinkedHashMap<>();
    private long baseline = -1;
    private Instant blindUntil = Instant.MIN;

    RecentBlobs(Duration window, int capacity) {
        this.window = window;
        this.capacity = capacity;
    }

    /**
     * Whether {@code blob}, just stored for a message received at {@code now}, is certainly not a retry;
     * records it either way. Blocking on the first call (stores the marker blob).
     */
    synchronized boolean freshAndRemember(BlobId blob, Instant now, BlobStore blobs) throws java.io.IOException {
        if (baseline < 0) {
            byte[] marker = ("pushbox delivery baseline " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
            baseline = blobs.put(new ByteArrayInputStream(marker)).id().value();
        }
        expire(now);
        boolean fresh = blob.value() > baseline && !seen.containsKey(blob.value()) && !now.isBefore(blindUntil);
        seen.remove(blob.value());
        seen.put(blob.value(), now);
        if (seen.size() > capacity) {
            Iterator<Map.Entry<Long, Instant>> oldest = seen.entrySet().iterator();
            Instant forgotten = oldest.next().getValue();
            oldest.remove();
            Instant until = forgotten.plus(window);
            if (until.isAfter(blindUntil)) {
                blindUntil = until;
            }
        }
        return fresh;
    }

    private void expire(Instant now) {
        Iterator<Map.Entry<Long, Instant>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Instant> e = it.next();
            if (e.getValue().plus(window).isAfter(now)) {
                return; // entries are in the order they were (re)recorded
            }
            it.remove();
        }
    }
}
