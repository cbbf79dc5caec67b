package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** The LMTP server over a real socket, delivering into a real H2 store. */
class LmtpIT {

    static final long MAX_MESSAGE = 64 * 1024;
    static final int MAX_RECIPIENTS = 5;

    @TempDir
    static Path dir;

    static MailboxStore store;
    static WorkerPool workers;
    static LmtpServer server;
    static Account anna;
    static Account bob;

    @BeforeAll
    static void start() throws Exception {
        store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db")));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                List.of("anna@example.org", "anna.k@example.org"), PropertyMap.EMPTY));
        bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
        Account carol = store.accounts().create(new NewAccount("carol", "pw-carol-1", "Carol",
                List.of("carol@example.org"), PropertyMap.EMPTY));
        store.accounts().setEnabled(carol.id(), false);
        workers = new WorkerPool(4, 16);
        server = LmtpServer.start(new LmtpServer.Settings(MailProtocol.LMTP, "127.0.0.1", 0, "mx.test", MAX_MESSAGE,
                MAX_RECIPIENTS, LmtpServer.DEFAULT_MAX_LINE, Duration.ofMinutes(5), dir.resolve("spool"),
                LmtpServer.DEFAULT_MAX_CONNECTIONS), store, workers);
    }

    @AfterAll
    static void stop() {
        server.close();
        workers.shutdown(Duration.ofSeconds(10));
        store.close();
    }

    static LmtpClient connect() throws IOException {
        LmtpClient client = new LmtpClient(server.localAddress());
        assertThat(client.reply()).isEqualTo("220 mx.test LMTP pushbox ready");
        return client;
    }

    /** Connected and past LHLO. */
    static LmtpClient greeted() throws IOException {
        LmtpClient client = connect();
        assertThat(client.send("LHLO mta.test\n").reply()).startsWith("250-mx.test");
        return client;
    }

    static List<Item> inbox(Account account) {
        long inbox = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
        return store.items().getAll(store.items().ids(inbox, ItemFilter.ALL));
    }

    static List<Item> withSubject(Account account, String subject) {
        return inbox(account).stream().filter(i -> subject.equals(i.properties().text(EmailProperty.SUBJECT))).toList();
    }

    static byte[] mime(Item item) throws IOException {
        try (InputStream in = store.blobs().open(item.content().mime())) {
            return in.readAllBytes();
        }
    }

    static String message(String subject, String body) {
        return "From: Sender <sender@example.net>\nTo: anna@example.org\nSubject: " + subject
                + "\nMessage-ID: <" + subject.replace(' ', '-') + "@example.net>\n\n" + body;
    }

    @Test
    void lhloAdvertisesTheExtensions() throws IOException {
        try (LmtpClient client = connect()) {
            assertThat(client.send("LHLO mta.test\n").reply()).isEqualTo(String.join("\n", "250-mx.test",
                    "250-PIPELINING", "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250 SIZE " + MAX_MESSAGE));
            assertThat(client.send("NOOP\n").reply()).isEqualTo("250 2.0.0 OK");
            assertThat(client.send("VRFY anna\n").reply()).startsWith("252 2.5.0");
            assertThat(client.send("RSET\n").reply()).isEqualTo("250 2.0.0 OK");
            assertThat(client.send("QUIT\n").reply()).isEqualTo("221 2.0.0 Bye");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void mixedRecipientsGetOneReplyEachInRcptOrderAndShareOneBlob() throws IOException {
        try (LmtpClient client = greeted()) {
            assertThat(client.send("MAIL FROM:<sender@example.net> BODY=8BITMIME\n").reply())
                    .isEqualTo("250 2.1.0 Sender OK");
            assertThat(client.send("RCPT TO:<anna@example.org>\n").reply()).isEqualTo("250 2.1.5 Recipient OK");
            assertThat(client.send("RCPT TO:<nobody@example.org>\n").reply()).startsWith("550 5.1.1");
            assertThat(client.send("RCPT TO:<Anna.K@EXAMPLE.org>\n").reply()).as("alias, any case")
                    .isEqualTo("250 2.1.5 Recipient OK");
            assertThat(client.send("RCPT TO:<carol@example.org>\n").reply()).startsWith("550 5.2.1");
            assertThat(client.send("RCPT TO:<bob@example.org>\n").reply()).isEqualTo("250 2.1.5 Recipient OK");
            assertThat(client.send("DATA\n").reply()).startsWith("354");
            client.send(message("mixed recipients", "Grüße\n") + ".\n");
            assertThat(client.replies(3)).containsExactly("250 2.1.5 <anna@example.org> delivered",
                    "250 2.1.5 <Anna.K@EXAMPLE.org> delivered", "250 2.1.5 <bob@example.org> delivered");
        }
        List<Item> annas = withSubject(anna, "mixed recipients");
        List<Item> bobs = withSubject(bob, "mixed recipients");
        assertThat(annas).as("one item per account, even when addressed twice").hasSize(1);
        assertThat(bobs).hasSize(1);
        assertThat(annas.get(0).content().mime()).isEqualTo(bobs.get(0).content().mime());
        assertThat(annas.get(0).properties().bool(EmailProperty.RECEIVED_AS_BCC)).isFalse();
        assertThat(bobs.get(0).properties().bool(EmailProperty.RECEIVED_AS_BCC)).isTrue();
        assertThat(annas.get(0).properties().text(EmailProperty.BODY)).isEqualTo("Grüße\r\n");
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws IOException {
        try (LmtpClient client = connect()) {
            client.send("LHLO mta.test\nMAIL FROM:<>\nRCPT TO:<bob@example.org>\nRCPT TO:<x@example.org>\n"
                    + "RCPT TO:<anna@example.org>\nDATA\n");
            List<String> replies = client.replies(6);
            assertThat(replies.get(0)).startsWith("250-mx.test");
            assertThat(replies.subList(1, 6)).containsExactly("250 2.1.0 Sender OK", "250 2.1.5 Recipient OK",
                    "550 5.1.1 No such user here", "250 2.1.5 Recipient OK", replies.get(5));
            assertThat(replies.get(5)).startsWith("354");
            client.send(message("pipelined", "one\n") + ".\nMAIL FROM:<a@b.example>\nRCPT TO:<bob@example.org>\n"
                    + "DATA\n");
            assertThat(client.replies(5)).containsExactly("250 2.1.5 <bob@example.org> delivered",
                    "250 2.1.5 <anna@example.org> delivered", "250 2.1.0 Sender OK", "250 2.1.5 Recipient OK",
                    "354 Start mail input; end with <CRLF>.<CRLF>");
            client.send(message("pipelined two", "two\n") + ".\nQUIT\n");
            assertThat(client.replies(2)).containsExactly("250 2.1.5 <bob@example.org> delivered", "221 2.0.0 Bye");
        }
        assertThat(withSubject(bob, "pipelined")).hasSize(1);
        assertThat(withSubject(bob, "pipelined two")).hasSize(1);
        assertThat(withSubject(anna, "pipelined")).hasSize(1);
    }

    @Test
    void dotStuffedLinesAreUnstuffedAndTheMessageKeptByteExact() throws IOException {
        String original = message("dots", ".leading dot\n..two dots\n.\n text\n...\nend.\n.x\n");
        String stuffed = original.lines().map(l -> l.startsWith(".") ? "." + l : l)
                .reduce("", (a, b) -> a + b + "\n");
        try (LmtpClient client = greeted()) {
            client.send("MAIL FROM:<s@example.net>\nRCPT TO:<bob@example.org>\nDATA\n");
            assertThat(client.replies(3).get(2)).startsWith("354");
            // split into small writes, so the terminator and stuffed dots straddle packets
            byte[] bytes = (stuffed + ".\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 3) {
                client.sendRaw(java.util.Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 3)));
            }
            assertThat(client.reply()).isEqualTo("250 2.1.5 <bob@example.org> delivered");
        }
        Item item = withSubject(bob, "dots").get(0);
        assertThat(new String(mime(item), StandardCharsets.UTF_8)).isEqualTo(original.replace("\n", "\r\n"));
        assertThat(item.properties().text(EmailProperty.BODY)).startsWith(".leading dot\r\n..two dots\r\n.\r\n text\r\n...\r\n");
    }

    @Test
    void sizeLimitsAreEnforcedWhenDeclaredAndWhenExceeded() throws IOException {
        try (LmtpClient client = greeted()) {
            assertThat(client.send("MAIL FROM:<s@example.net> SIZE=" + (MAX_MESSAGE + 1) + "\n").reply())
                    .isEqualTo("552 5.3.4 Message size exceeds fixed maximum message size");
            assertThat(client.send("MAIL FROM:<s@example.net> SIZE=100\n").reply()).startsWith("250 2.1.0");
            client.send("RCPT TO:<anna@example.org>\nRCPT TO:<bob@example.org>\nDATA\n");
            assertThat(client.replies(3).get(2)).startsWith("354");
            client.send(message("too big", "x".repeat(70).concat("\n").repeat(1000)) + ".\n");
            assertThat(client.replies(2)).containsExactly(
                    "552 5.3.4 <anna@example.org> message size exceeds fixed maximum message size",
                    "552 5.3.4 <bob@example.org> message size exceeds fixed maximum message size");
            assertThat(client.send("MAIL FROM:<s@example.net> SIZE=abc\n").reply()).startsWith("501 5.5.4");
            assertThat(client.send("MAIL FROM:<s@example.net> FOO=bar\n").reply()).startsWith("555 5.5.4");
            assertThat(client.send("MAIL FROM:<s@example.net>\n").reply()).as("the session goes on")
                    .startsWith("250 2.1.0");
        }
        assertThat(withSubject(anna, "too big")).isEmpty();
        assertThat(Files.list(dir.resolve("spool")).toList()).as("spool files are removed").isEmpty();
    }

    @Test
    void commandsOutOfSequenceGet503() throws IOException {
        try (LmtpClient client = connect()) {
            assertThat(client.send("MAIL FROM:<s@example.net>\n").reply()).isEqualTo("503 5.5.1 Send LHLO first");
            assertThat(client.send("HELO mta.test\n").reply()).startsWith("500 5.5.1");
            assertThat(client.send("LHLO mta.test\n").reply()).startsWith("250-");
            assertThat(client.send("RCPT TO:<bob@example.org>\n").reply()).isEqualTo("503 5.5.1 Send MAIL first");
            assertThat(client.send("DATA\n").reply()).isEqualTo("503 5.5.1 Send MAIL first");
            assertThat(client.send("MAIL FROM:<s@example.net>\n").reply()).startsWith("250");
            assertThat(client.send("MAIL FROM:<s@example.net>\n").reply()).isEqualTo("503 5.5.1 Sender already given");
            assertThat(client.send("RCPT TO:<nobody@example.org>\n").reply()).startsWith("550 5.1.1");
            assertThat(client.send("DATA\n").reply()).as("no valid recipient")
                    .isEqualTo("503 5.5.1 No valid recipients");
            assertThat(client.send("RCPT TO:bob@example.org\n").reply()).startsWith("501 5.5.4");
            assertThat(client.send("XYZZY\n").reply()).isEqualTo("500 5.5.2 Command not recognized");
            assertThat(client.send("RSET\nRCPT TO:<bob@example.org>\n").replies(2))
                    .containsExactly("250 2.0.0 OK", "503 5.5.1 Send MAIL first");
        }
    }

    @Test
    void tooLongLinesTooManyRecipientsAndTooManyErrors() throws IOException {
        try (LmtpClient client = greeted()) {
            assertThat(client.send("NOOP " + "x".repeat(5000) + "\n").reply()).isEqualTo("500 5.5.6 Line too long");
            assertThat(client.send("NOOP\n").reply()).as("the next line is read normally").isEqualTo("250 2.0.0 OK");
            client.send("MAIL FROM:<s@example.net>\n");
            assertThat(client.reply()).startsWith("250");
            for (int i = 0; i < MAX_RECIPIENTS; i++) {
                assertThat(client.send("RCPT TO:<bob@example.org>\n").reply()).startsWith("250 2.1.5");
            }
            assertThat(client.send("RCPT TO:<bob@example.org>\n").reply()).isEqualTo("452 4.5.3 Too many recipients");
        }
        try (LmtpClient client = greeted()) {
            List<String> replies = client.send("BAD\n".repeat(LmtpSession.MAX_ERRORS)).replies(LmtpSession.MAX_ERRORS + 1);
            assertThat(replies.get(LmtpSession.MAX_ERRORS)).startsWith("421 4.7.0");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void brokenMimeAndBinaryJunkAreStillDelivered() throws IOException {
        byte[] junk = new byte[3000];
        new Random(42).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n' || junk[i] == '\r' || junk[i] == '.') {
                junk[i] = 'z'; // keep the junk on one "line" so no accidental terminator or stuffing appears
            }
        }
        String head = "Subject: junk\r\nContent-Type: multipart/mixed; boundary=\"nope\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n--nope\r\nContent-Type: text/plain; charset=bogus\r\n\r\n";
        byte[] message = concat(head.getBytes(StandardCharsets.US_ASCII), junk, "\r\n".getBytes(StandardCharsets.US_ASCII));
        try (LmtpClient client = greeted()) {
            client.send("MAIL FROM:<s@example.net>\nRCPT TO:<bob@example.org>\nDATA\n");
            assertThat(client.replies(3).get(2)).startsWith("354");
            client.sendRaw(concat(message, ".\r\n".getBytes(StandardCharsets.US_ASCII)));
            assertThat(client.reply()).isEqualTo("250 2.1.5 <bob@example.org> delivered");
        }
        Item item = withSubject(bob, "junk").get(0);
        assertThat(mime(item)).isEqualTo(message);
        assertThat(item.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Note");
    }

    @Test
    void aRetriedMessageIsNotStoredTwice() throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (LmtpClient client = greeted()) {
                client.send("MAIL FROM:<s@example.net>\nRCPT TO:<anna@example.org>\nDATA\n");
                assertThat(client.replies(3).get(2)).startsWith("354");
                client.send(message("retried", "same bytes\n") + ".\n");
                assertThat(client.reply()).isEqualTo("250 2.1.5 <anna@example.org> delivered");
            }
        }
        assertThat(withSubject(anna, "retried")).hasSize(1);
    }

    @Test
    void anAccountDeletedBetweenRcptAndTheFinalDotGets550WhileTheOthersGetTheMail() throws IOException {
        Account dora = store.accounts().create(new NewAccount("dora", "pw-dora-1", "Dora", List.of("dora@example.org"),
                PropertyMap.EMPTY));
        try (LmtpClient client = greeted()) {
            client.send("MAIL FROM:<s@example.net>\nRCPT TO:<dora@example.org>\nRCPT TO:<bob@example.org>\n");
            assertThat(client.replies(3)).containsExactly("250 2.1.0 Sender OK", "250 2.1.5 Recipient OK",
                    "250 2.1.5 Recipient OK");
            store.accounts().delete(dora.id());
            assertThat(client.send("DATA\n").reply()).startsWith("354");
            client.send(message("deleted meanwhile", "x\n") + ".\n");
            assertThat(client.replies(2)).containsExactly("550 5.1.1 <dora@example.org> no such user here",
                    "250 2.1.5 <bob@example.org> delivered");
        }
        assertThat(withSubject(bob, "deleted meanwhile")).hasSize(1);
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
