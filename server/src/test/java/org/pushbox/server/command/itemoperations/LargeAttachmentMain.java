package org.pushbox.server.command.itemoperations;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.itemoperations.ItemOperationsCodec;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.StandardCommands;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * Run by {@link LargeAttachmentIT} in a JVM with a small heap: delivers a message with a
 * {@link #ATTACHMENT_BYTES} attachment, starts the real server, fetches the attachment with a multipart
 * ItemOperations over HTTP and reads the answer as a stream. Prints
 * {@code httpStatus contentType partCount part1Length sha256Matches maxHeap} on its last line.
 */
public final class LargeAttachmentMain {

    static final int ATTACHMENT_BYTES = 50 * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PushboxConfig config = ConfigLoader.fromValues(Map.of("bind-address", "127.0.0.1", "port", "0",
                "data-dir", dir.resolve("data").toString(), "demo-account", "false", "policy.mode", "none",
                "auth.argon2-memory", "1m", "auth.argon2-iterations", "1"), "large attachment test");
        Files.createDirectories(config.dataDir());
        try (MailboxStore store = MailboxStore.open(StoreSettings.of(config))) {
            Account anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                    List.of("anna@example.org"), PropertyMap.EMPTY));
            Path message = dir.resolve("message.eml");
            String expectedSha;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(message), 64 * 1024)) {
                expectedSha = writeMessage(out);
            }
            new MailDelivery(store, Clock.systemUTC()).deliver(message, List.of(anna));
            Files.delete(message);
            long inbox = store.folders().findByType(anna.id(), FolderType.INBOX).orElseThrow().id();
            long itemId = store.items().ids(inbox, ItemFilter.ALL).get(0);
            try (PushboxRuntime runtime = PushboxRuntime.start(config, store, new StandardCommands())) {
                System.out.println(fetch(runtime.boundUrl(), itemId + ":0", expectedSha) + " "
                        + Runtime.getRuntime().maxMemory());
            }
        }
    }

    /** Fetches the attachment as a multipart answer and checks it while streaming it. */
    static String fetch(String url, String fileReference, String expectedSha) throws Exception {
        ProtocolVersion v = ProtocolVersion.V14_1;
        byte[] request = Wbxml.encode(ItemOperationsCodec.encodeRequest(new ItemOperationsRequest(List.of(
                new ItemOperationsRequest.Fetch("Mailbox", null, null, fileReference, null, null, null, false))), v));
        HttpRequest post = HttpRequest.newBuilder(URI.create(url
                        + "/Microsoft-Server-ActiveSync?Cmd=ItemOperations&User=anna&DeviceId=BIG1&DeviceType=Test"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "anna:pw-anna-1".getBytes(StandardCharsets.UTF_8)))
                .header("MS-ASProtocolVersion", v.headerValue())
                .header("MS-ASAcceptMultiPart", "T")
                .header("Content-Type", "application/vnd.ms-sync.wbxml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(post,
                HttpResponse.BodyHandlers.ofInputStream());
        try (DataInputStream in = new DataInputStream(response.body())) {
            String type = response.headers().firstValue("Content-Type").orElse("none");
            if (response.statusCode() != 200) {
                return response.statusCode() + " " + type + " 0 0 false";
            }
            int count = Integer.reverseBytes(in.readInt());
            int[] lengths = new int[count];
            for (int i = 0; i < count; i++) {
                in.readInt(); // offsets: parts follow each other, checked by the unit test
                lengths[i] = Integer.reverseBytes(in.readInt());
            }
            FetchResult fetch = (FetchResult) ItemOperationsCodec.decodeResponse(
                    Wbxml.decode(in.readNBytes(lengths[0])), v).results().get(0);
            String part = fetch.properties().property(CodePages.require("ItemOperations", "Part")).text();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long left = lengths[Integer.parseInt(part)];
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                sha.update(buffer, 0, n);
                left -= n;
            }
            boolean matches = left == 0 && HexFormat.of().formatHex(sha.digest()).equals(expectedSha);
            return response.statusCode() + " " + type + " " + count + " " + lengths[1] + " " + matches;
        }
    }

    /** Writes the message with base64 lines generated on the fly; returns the attachment's SHA-256. */
    static String writeMessage(OutputStream out) throws IOException {
        out.write(("From: s@example.net\r\nTo: anna@example.org\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "see attachment\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Random random = new Random(1);
        Base64.Encoder encoder = Base64.getEncoder();
        for (int done = 0; done < ATTACHMENT_BYTES; done += 57) {
            byte[] part = new byte[Math.min(57, ATTACHMENT_BYTES - done)];
            random.nextBytes(part);
            sha.update(part);
            out.write(encoder.encode(part));
            out.write('\r');
            out.write('\n');
        }
        out.write("--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha.digest());
    }
}
