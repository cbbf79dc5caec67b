package org.pushbox.storage.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Content stored once (MIME messages, attachments, pictures) and streamed in fixed-size chunks,
 * so a blob never has to fit in memory. Identical content is stored once. A blob lives as long as
 * an item or a queued outbound message refers to it; unreferenced blobs older than a grace period are removed by
 * {@link #collectGarbage(Duration)}. Each call runs in its own transaction.
 */
public interface BlobStore {

    /** Reads {@code content} to its end and stores it (or finds the identical blob already stored). */
    BlobInfo put(InputStream content) throws IOException;

    Optional<BlobInfo> info(BlobId id);

    /** A stream that fetches one chunk at a time; it holds no database connection between reads. */
    InputStream open(BlobId id);

    /** Copies the blob to {@code out}, chunk by chunk; returns the number of bytes written. */
    long copyTo(BlobId id, OutputStream out) throws IOException;

    /**
     * Removes blobs no item refers to that were stored or last re-used more than {@code grace}
     * ago (so a blob being attached right now survives). Returns how many were removed.
     */
    int collectGarbage(Duration grace);
}
