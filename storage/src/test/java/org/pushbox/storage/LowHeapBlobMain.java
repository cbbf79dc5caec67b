package org.pushbox.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StorageConfig;

/**
 * Run by {@link LowHeapBlobTest} in a JVM whose heap is smaller than the blob: stores and reads
 * back 50 MB through an embedded store, prints the two SHA-256 sums.
 */
public final class LowHeapBlobMain {

    private LowHeapBlobMain() {
    }

    public static void main(String[] args) throws Exception {
        long size = 50L * 1024 * 1024;
        // H2's page cache (16 MB by default) is the database's memory, not ours: keep it small here.
        String url = StorageConfig.h2Url(Path.of(args[0]).resolve("pushbox").toString()) + ";CACHE_SIZE=4096";
        StorageConfig config = new StorageConfig(url, "sa", "", 2, TestDatabase.CHEAP_HASHING);
        try (MailboxStore store = MailboxStore.open(config)) {
            BlobInfo info = store.blobs().put(new BlobStoreContract.GeneratedStream(7, size));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long read = 0;
            try (InputStream in = store.blobs().open(info.id())) {
                byte[] buf = new byte[16 * 1024];
                for (int n; (n = in.read(buf)) > 0; read += n) {
                    sha.update(buf, 0, n);
                }
            }
            System.out.println(info.sha256() + " " + HexFormat.of().formatHex(sha.digest()) + " " + read + " "
                    + Runtime.getRuntime().maxMemory());
        }
    }
}
