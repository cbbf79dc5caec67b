package org.pushbox.storage.jdbc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.StoreException;

/**
 * Blobs as rows of {@link #CHUNK_BYTES}-byte chunks in {@code blob_chunk}, so content commits (or
 * vanishes) atomically with the database and needs one chunk of heap at a time. Identical content
 * (same SHA-256) is stored once. See docs/storage.md for why not files.
 */
final class JdbcBlobStore implements BlobStore {

    static final int CHUNK_BYTES = 256 * 1024;
    private static final int CHUNKS_PER_COMMIT = 8;

    private final Database database;

    JdbcBlobStore(Database database) {
        this.database = database;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Writes the chunks in short transactions (a 50 MB blob in one transaction would sit in H2's
     * heap until commit) under a row whose sha256 is still NULL: invisible to readers, and if the
     * upload dies midway it is an unreferenced blob that the collector removes after the grace period.
     */
    @Override
    public BlobInfo put(InputStream content) throws IOException {
        byte[] first = content.readNBytes(CHUNK_BYTES);
        if (first.length < CHUNK_BYTES) {
            return putSmall(first);
        }
        return putChunked(new SequenceInputStream(new ByteArrayInputStream(first), content));
    }

    /**
     * Content that fits one chunk (every ordinary message) is already in memory: one transaction writes the
     * row with its digest and the chunk, half the statements and one commit (one log flush) instead of two.
     */
    private BlobInfo putSmall(byte[] bytes) {
        MessageDigest sha = sha256();
        String hex = HexFormat.of().formatHex(sha.digest(bytes));
        try (Connection c = database.connection()) {
            try {
                Optional<BlobInfo> same = bySha(c, hex);
                if (same.isPresent()) {
                    touch(c, same.get().id());
                    c.commit();
                    return same.get();
                }
                Instant now = now();
                long id = Sql.insert(c, "INSERT INTO blob_object (sha256, byte_size, chunks, created_at, last_used) "
                        + "VALUES (?, ?, ?, ?, ?)", hex, (long) bytes.length, bytes.length == 0 ? 0 : 1, now, now);
                if (bytes.length > 0) {
                    Sql.update(c, "INSERT INTO blob_chunk (blob_id, seq_no, chunk_data) VALUES (?, ?, ?)", id, 0, bytes);
                }
                c.commit();
                return new BlobInfo(new BlobId(id), bytes.length, hex);
            } catch (Sql.SqlFailure e) {
                c.rollback();
                if (!database.dialect().isDuplicateKey(e.sqlException())) {
                    throw e;
                }
                // Someone stored the same content meanwhile: use theirs.
                BlobInfo existing = committedBySha(c, hex).orElseThrow(() -> e);
                touch(c, existing.id());
                c.commit();
                return existing;
            }
        } catch (SQLException e) {
            throw Sql.wrap("blob put", e);
        }
    }

    private BlobInfo putChunked(InputStream content) throws IOException {
        MessageDigest sha = sha256();
        try (Connection c = database.connection()) {
            Instant now = now();
            long id = Sql.insert(c, "INSERT INTO blob_object (sha256, byte_size, chunks, created_at, last_used) "
                    + "VALUES (NULL, 0, 0, ?, ?)", now, now);
            c.commit();
            String hex = null; // digest() resets the digest: compute it once, for the catch below too
            try {
                long size = 0;
                int chunks = 0;
                byte[] buffer = new byte[CHUNK_BYTES];
                for (int n; (n = content.readNBytes(buffer, 0, CHUNK_BYTES)) > 0; chunks++) {
                    sha.update(buffer, 0, n);
                    size += n;
                    byte[] chunk = n == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, n);
                    Sql.update(c, "INSERT INTO blob_chunk (blob_id, seq_no, chunk_data) VALUES (?, ?, ?)", id, chunks, chunk);
                    if (chunks % CHUNKS_PER_COMMIT == CHUNKS_PER_COMMIT - 1) {
                        touch(c, new BlobId(id)); // an upload in progress stays younger than the grace period
                        c.commit();
                    }
                }
                hex = HexFormat.of().formatHex(sha.digest());
                Optional<BlobInfo> same = bySha(c, hex);
                if (same.isEmpty()) {
                    Sql.update(c, "UPDATE blob_object SET sha256 = ?, byte_size = ?, chunks = ? WHERE id = ?", hex,
                            size, chunks, id);
                    c.commit();
                    return new BlobInfo(new BlobId(id), size, hex);
                }
                return keepExisting(c, id, same.get());
            } catch (Sql.SqlFailure e) {
                c.rollback();
                if (hex == null || !database.dialect().isDuplicateKey(e.sqlException())) {
                    discard(c, id);
                    throw e;
                }
                // Someone finished the same content meanwhile: use theirs.
                return keepExisting(c, id, committedBySha(c, hex).orElseThrow(() -> e));
            } catch (IOException | RuntimeException e) {
                c.rollback();
                discard(c, id);
                throw e;
            }
        } catch (SQLException e) {
            throw Sql.wrap("blob put", e);
        }
    }

    /**
     * The blob with this digest once its writer has committed. H2 reports the unique-key clash while the
     * other writer's row is still uncommitted (MariaDB waits for it instead), so look again for a moment.
     */
    private static Optional<BlobInfo> committedBySha(Connection c, String hex) throws SQLException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<BlobInfo> found = bySha(c, hex);
            if (found.isPresent()) {
                return found;
            }
            c.rollback(); // end the read, so the next one sees what was committed since
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static BlobInfo keepExisting(Connection c, long ours, BlobInfo existing) throws SQLException {
        Sql.update(c, "DELETE FROM blob_object WHERE id = ?", ours);
        touch(c, existing.id());
        c.commit();
        return existing;
    }

    /** Best effort: if this fails too, the collector removes the partial blob later. */
    private static void discard(Connection c, long id) {
        try {
            Sql.update(c, "DELETE FROM blob_object WHERE id = ?", id);
            c.commit();
        } catch (RuntimeException | SQLException ignored) {
            // left for collectGarbage
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<BlobInfo> bySha(Connection c, String hex) {
        return Sql.one(c, "SELECT id, byte_size FROM blob_object WHERE sha256 = ?",
                rs -> new BlobInfo(new BlobId(rs.getLong(1)), rs.getLong(2), hex), hex);
    }

    /** Re-use restarts the grace period, so the collector cannot take a blob that is being attached. */
    private static void touch(Connection c, BlobId id) {
        Sql.update(c, "UPDATE blob_object SET last_used = ? WHERE id = ?", now(), id.value());
    }

    @Override
    public Optional<BlobInfo> info(BlobId id) {
        return withConnection(c -> Sql.one(c, "SELECT byte_size, sha256 FROM blob_object WHERE id = ? AND sha256 IS NOT NULL",
                rs -> new BlobInfo(id, rs.getLong(1), rs.getString(2)), id.value()));
    }

    @Override
    public InputStream open(BlobId id) {
        int chunks = withConnection(c -> Sql.one(c, "SELECT chunks FROM blob_object WHERE id = ? AND sha256 IS NOT NULL",
                rs -> rs.getInt(1), id.value())).orElseThrow(() -> new NotFoundException("no blob " + id.value()));
        return new ChunkedBlobInputStream(id, chunks);
    }

    @Override
    public long copyTo(BlobId id, OutputStream out) throws IOException {
        try (InputStream in = open(id)) {
            return in.transferTo(out);
        }
    }

    private byte[] chunk(BlobId id, int seq) {
        return withConnection(c -> Sql.one(c, "SELECT chunk_data FROM blob_chunk WHERE blob_id = ? AND seq_no = ?",
                rs -> rs.getBytes(1), id.value(), seq))
                .orElseThrow(() -> new NotFoundException("blob " + id.value() + " lost chunk " + seq));
    }

    @Override
    public int collectGarbage(Duration grace) {
        Instant cutoff = now().minus(grace);
        String unreferenced = "last_used < ? AND NOT EXISTS (SELECT 1 FROM blob_ref r WHERE r.blob_id = blob_object.id) "
                + "AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.blob_id = blob_object.id) "
                + "AND NOT EXISTS (SELECT 1 FROM item i WHERE i.mime_blob_id = blob_object.id) "
                + "AND NOT EXISTS (SELECT 1 FROM outbound_message o WHERE o.blob_id = blob_object.id)";
        int removed = 0;
        while (true) {
            List<Long> candidates = withConnection(c -> Sql.list(c,
                    "SELECT id FROM blob_object WHERE " + unreferenced + " ORDER BY id LIMIT 100",
                    rs -> rs.getLong(1), cutoff));
            if (candidates.isEmpty()) {
                return removed;
            }
            for (long id : candidates) {
                // Re-checked in the DELETE itself: a reference added since the SELECT keeps the blob.
                try {
                    removed += withConnection(c -> Sql.update(c,
                            "DELETE FROM blob_object WHERE id = ? AND " + unreferenced, id, cutoff));
                } catch (Sql.SqlFailure e) {
                    if (!database.dialect().isForeignKeyViolation(e.sqlException())) {
                        throw e;
                    }
                    // An item took the blob between our check and the delete: it stays.
                }
            }
            if (candidates.size() < 100) {
                return removed;
            }
        }
    }

    private interface Work<T> {
        T run(Connection c);
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection c = database.connection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("blob store: " + e.getMessage(), e);
        }
    }

    /** Reads one chunk per database round trip, borrowing a pooled connection only for that moment. */
    private final class ChunkedBlobInputStream extends InputStream {
        private final BlobId id;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int pos;

        ChunkedBlobInputStream(BlobId id, int chunks) {
            this.id = id;
            this.chunks = chunks;
        }

        private boolean fill() {
            while (pos >= current.length) {
                if (next >= chunks) {
                    return false;
                }
                current = chunk(id, next++);
                pos = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
