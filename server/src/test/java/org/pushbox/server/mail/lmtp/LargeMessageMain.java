package org.pushbox.server.mail.lmtp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/**
 * Run by {@link LargeMessageIT} in a JVM with a small heap: delivers a generated message with a
 * {@link #ATTACHMENT_BYTES} attachment over LMTP and prints
 * {@code reply attachmentSize blobSize bytesSent maxHeap} on its last line.
 */
public final class LargeMessageMain {

    static final int ATTACHMENT_BYTES = 56 * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (MailboxStore store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db"))
                .withPasswordHashing(new PasswordHashing(1024, 1, 1)))) { // Argon2 defaults need 64 MB
            Account anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                    List.of("anna@example.org"), PropertyMap.EMPTY));
            WorkerPool workers = new WorkerPool(2, 8);
            LmtpServer server = LmtpServer.start(LmtpServer.Settings.of("127.0.0.1", 0, "mx.test", 128L << 20,
                    dir.resolve("spool")), store, workers);
            String reply;
            long sent;
            try (LmtpClient client = new LmtpClient(server.localAddress())) {
                client.reply();
                client.send("LHLO t\nMAIL FROM:<s@example.net>\nRCPT TO:<anna@example.org>\nDATA\n");
                client.replies(4);
                sent = writeMessage(client.output());
                reply = client.reply();
            } finally {
                server.close();
                workers.shutdown(Duration.ofSeconds(10));
            }
            long inbox = store.folders().findByType(anna.id(), FolderType.INBOX).orElseThrow().id();
            List<Long> ids = store.items().ids(inbox, ItemFilter.ALL);
            if (ids.isEmpty()) {
                throw new IllegalStateException("nothing delivered; the server said: " + reply);
            }
            Item item = store.items().get(ids.get(0)).orElseThrow();
            Attachment attachment = item.content().attachments().get(0);
            long blobSize = store.blobs().info(item.content().mime()).orElseThrow().size();
            System.out.println(reply.replace(' ', '_') + " " + attachment.size() + " " + blobSize + " " + sent + " "
                    + Runtime.getRuntime().maxMemory());
        }
    }

    /** Streams the message (base64 lines generated on the fly) and the final dot; returns the message size. */
    static long writeMessage(OutputStream socket) throws IOException {
        OutputStream out = new BufferedOutputStream(socket, 64 * 1024);
        byte[] head = ("From: s@example.net\r\nTo: anna@example.org\r\nSubject: big\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "see attachment\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(head);
        long size = head.length;
        Random random = new Random(1);
        byte[] chunk = new byte[57];
        Base64.Encoder encoder = Base64.getEncoder();
        for (int done = 0; done < ATTACHMENT_BYTES; done += chunk.length) {
            byte[] part = chunk.length <= ATTACHMENT_BYTES - done ? chunk : new byte[ATTACHMENT_BYTES - done];
            random.nextBytes(part);
            byte[] line = encoder.encode(part);
            out.write(line);
            out.write('\r');
            out.write('\n');
            size += line.length + 2;
        }
        byte[] tail = "--b--\r\n".getBytes(StandardCharsets.US_ASCII);
        out.write(tail);
        size += tail.length;
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return size;
    }
}
