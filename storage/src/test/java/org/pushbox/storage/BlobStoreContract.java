package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.ContactProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.jdbc.JdbcMailboxStore;

interface BlobStoreContract extends StoreFixture {

    /** Deterministic pseudo-random bytes, generated as they are read: the test never holds the whole blob either. */
    final class GeneratedStream extends InputStream {
        private final Random random;
        private long remaining;

        GeneratedStream(long seed, long size) {
            this.random = new Random(seed);
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, remaining), 8192);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            remaining -= n;
            return n;
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0;) {
            sha.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    default void fiftyMegabytesStreamInAndOutUnchanged() throws Exception {
        long size = 50L * 1024 * 1024 + 12345;
        long seed = System.nanoTime();
        BlobInfo info = store().blobs().put(new GeneratedStream(seed, size));
        String expected = sha256(new GeneratedStream(seed, size));
        assertThat(info.size()).isEqualTo(size);
        assertThat(info.sha256()).isEqualTo(expected);
        try (InputStream in = store().blobs().open(info.id())) {
            assertThat(sha256(in)).isEqualTo(expected);
        }
        long[] counted = {0};
        long copied = store().blobs().copyTo(info.id(), new OutputStream() {
            @Override
            public void write(int b) {
                counted[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                counted[0] += len;
            }
        });
        assertThat(copied).isEqualTo(size).isEqualTo(counted[0]);
    }

    @Test
    default void identicalContentIsStoredOnce() throws IOException {
        byte[] content = ("same 😀 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        BlobInfo first = store().blobs().put(new ByteArrayInputStream(content));
        BlobInfo second = store().blobs().put(new ByteArrayInputStream(content));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(store().blobs().info(first.id())).contains(first);
        BlobInfo empty = store().blobs().put(new ByteArrayInputStream(new byte[0]));
        assertThat(empty.size()).isZero();
        assertThat(store().blobs().open(empty.id()).readAllBytes()).isEmpty();
        assertThatThrownBy(() -> store().blobs().open(new BlobId(Long.MAX_VALUE - 7))).isInstanceOf(NotFoundException.class);
    }

    @Test
    default void sizesAroundOneChunkRoundTripAndDeduplicate() throws IOException {
        // One chunk or less takes the single-transaction path, more the chunked one: both must agree.
        int chunk = 256 * 1024;
        for (int size : new int[] {1, chunk - 1, chunk, chunk + 1}) {
            byte[] content = new byte[size];
            new Random(size + System.nanoTime()).nextBytes(content);
            BlobInfo info = store().blobs().put(new ByteArrayInputStream(content));
            assertThat(info.size()).as("size %d", size).isEqualTo(size);
            assertThat(store().blobs().open(info.id()).readAllBytes()).as("size %d", size).isEqualTo(content);
            assertThat(store().blobs().put(new ByteArrayInputStream(content)).id()).as("size %d", size).isEqualTo(info.id());
            assertThat(store().blobs().info(info.id())).contains(info);
        }
    }

    @Test
    default void openStreamsHoldNoConnection() throws IOException {
        byte[] content = new byte[3 * 256 * 1024 + 17];
        new Random(3).nextBytes(content);
        BlobId id = store().blobs().put(new ByteArrayInputStream(content)).id();
        List<InputStream> streams = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // more than the pool has connections
            InputStream in = store().blobs().open(id);
            assertThat(in.read()).isEqualTo(content[0] & 0xff);
            streams.add(in);
        }
        for (InputStream in : streams) {
            byte[] rest = in.readAllBytes();
            assertThat(rest).hasSize(content.length - 1);
            in.close();
        }
    }

    @Test
    default void anUploadThatDiesMidwayLeavesNoBlob() throws Exception {
        JdbcMailboxStore jdbc = (JdbcMailboxStore) store();
        long before = countBlobRows(jdbc);
        InputStream failing = new SequenceInputStream(new GeneratedStream(1, 3L * 1024 * 1024), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("client went away");
            }
        });
        assertThatThrownBy(() -> store().blobs().put(failing)).isInstanceOf(IOException.class);
        assertThat(countBlobRows(jdbc)).isEqualTo(before);
    }

    private static long countBlobRows(JdbcMailboxStore jdbc) throws Exception {
        try (var c = jdbc.database().connection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM blob_object) + (SELECT COUNT(*) FROM blob_chunk)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    default void unreferencedBlobsAreCollectedAfterTheGracePeriod() throws Exception {
        Account a = newAccount();
        BlobId loose = store().blobs().put(new ByteArrayInputStream(("loose " + System.nanoTime()).getBytes(StandardCharsets.UTF_8))).id();
        BlobId picture = store().blobs().put(new ByteArrayInputStream(("picture " + System.nanoTime()).getBytes(StandardCharsets.UTF_8))).id();
        Item contact = store().items().add(folder(a, FolderType.CONTACTS).id(), ItemContent.of(ItemClass.CONTACT,
                PropertyMap.builder().text(ContactProperty.FIRST_NAME, "Pic").blob(ContactProperty.PICTURE, picture).build()));
        assertThat(store().blobs().collectGarbage(Duration.ofHours(1))).as("within the grace period").isZero();
        assertThat(store().blobs().info(loose)).isPresent();
        Thread.sleep(5);
        store().blobs().collectGarbage(Duration.ZERO);
        assertThat(store().blobs().info(loose)).as("unreferenced").isEmpty();
        assertThat(store().blobs().info(picture)).as("used by a contact").isPresent();
        store().items().delete(contact.id());
        Thread.sleep(5);
        assertThat(store().blobs().collectGarbage(Duration.ZERO)).isGreaterThanOrEqualTo(1);
        assertThat(store().blobs().info(picture)).isEmpty();
    }

    @Test
    default void concurrentPutsOfTheSameContentShareOneBlob() throws Exception {
        for (int round = 0; round < 5; round++) {
            byte[] content = ("same content " + round + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
            int threads = 6;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<BlobId>> ids = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ids.add(pool.submit(() -> {
                    start.await();
                    return store().blobs().put(new ByteArrayInputStream(content)).id();
                }));
            }
            start.countDown();
            List<BlobId> got = new ArrayList<>();
            for (java.util.concurrent.Future<BlobId> f : ids) {
                got.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(got).as("round %d", round).containsOnly(got.get(0));
            assertThat(store().blobs().info(got.get(0)).orElseThrow().size()).isEqualTo(content.length);
        }
    }
}
