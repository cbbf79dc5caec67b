package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** The listener in its SMTP dialect (direct delivery) over a real socket, delivering into a real H2 store. */
class SmtpIT {

    static final long MAX_MESSAGE = 64 * 1024;
    static final int MAX_RECIPIENTS = 8;

    @TempDir
    static Path dir;

    static MailboxStore store;
    static WorkerPool workers;
    static LmtpServer server;
    static Account anna;
    static Account bob;

    @BeforeAll
    static void start() throws Exception {
        store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db"))
                .withPasswordHashing(new PasswordHashing(1024, 1, 1)));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                List.of("anna@example.org", "anna@example.com"), PropertyMap.EMPTY));
        bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
        Account carol = store.accounts().create(new NewAccount("carol", "pw-carol-1", "Carol",
                List.of("carol@example.org"), PropertyMap.EMPTY));
        store.accounts().setEnabled(carol.id(), false);
        workers = new WorkerPool(4, 16);
        server = start(store, dir.resolve("spool"), 3, Duration.ofMinutes(5));
    }

    static LmtpServer start(MailboxStore s, Path spool, int maxConnections, Duration idle) throws Exception {
        return LmtpServer.start(new LmtpServer.Settings(MailProtocol.SMTP, "127.0.0.1", 0, "mx.test", MAX_MESSAGE,
                MAX_RECIPIENTS, LmtpServer.DEFAULT_MAX_LINE, idle, spool, maxConnections), s, workers);
    }

    @AfterAll
    static void stop() {
        server.close();
        workers.shutdown(Duration.ofSeconds(10));
        store.close();
    }

    static LmtpClient connect(LmtpServer to) throws IOException {
        LmtpClient client = new LmtpClient(to.localAddress());
        assertThat(client.reply()).isEqualTo("220 mx.test ESMTP pushbox ready");
        return client;
    }

    static LmtpClient greeted() throws IOException {
        LmtpClient client = connect(server);
        assertThat(client.send("EHLO mta.test\n").reply()).startsWith("250-mx.test");
        return client;
    }

    static List<Item> withSubject(Account account, String subject) {
        long inbox = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
        return store.items().getAll(store.items().ids(inbox, ItemFilter.ALL)).stream()
                .filter(i -> subject.equals(i.properties().text(EmailProperty.SUBJECT))).toList();
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
    void ehloAdvertisesTheExtensionsAndHeloDoesNot() throws IOException {
        try (LmtpClient client = connect(server)) {
            assertThat(client.send("MAIL FROM:<s@example.net>\n").reply())
                    .isEqualTo("503 5.5.1 Send EHLO or HELO first");
            assertThat(client.send("LHLO mta.test\n").reply()).startsWith("500 5.5.1");
            assertThat(client.send("EHLO mta.test\n").reply()).isEqualTo(String.join("\n", "250-mx.test",
                    "250-PIPELINING", "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250 SIZE " + MAX_MESSAGE));
            assertThat(client.send("HELO mta.test\n").reply()).isEqualTo("250 mx.test");
            assertThat(client.send("NOOP\n").reply()).isEqualTo("250 2.0.0 OK");
            assertThat(client.send("RSET\n").reply()).isEqualTo("250 2.0.0 OK");
            assertThat(client.send("QUIT\n").reply()).isEqualTo("221 2.0.0 Bye");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void mixedRecipientsTheAcceptedOnesGetTheMailWithOneReply() throws IOException {
        try (LmtpClient client = greeted()) {
            assertThat(client.send("MAIL FROM:<sender@example.net> BODY=8BITMIME SIZE=300\n").reply())
                    .isEqualTo("250 2.1.0 Sender OK");
            assertThat(client.send("RCPT TO:<anna@example.org>\n").reply()).isEqualTo("250 2.1.5 Recipient OK");
            assertThat(client.send("RCPT TO:<nobody@example.org>\n").reply()).isEqualTo("550 5.1.1 No such user here");
            assertThat(client.send("RCPT TO:<someone@elsewhere.example>\n").reply()).as("no relaying")
                    .isEqualTo("550 5.7.1 Relaying denied: not a local domain");
            assertThat(client.send("RCPT TO:<nobody@EXAMPLE.COM>\n").reply()).as("an alias's domain is local")
                    .isEqualTo("550 5.1.1 No such user here");
            assertThat(client.send("RCPT TO:<carol@example.org>\n").reply()).startsWith("550 5.2.1");
            assertThat(client.send("RCPT TO:<Bob@Example.org>\n").reply()).isEqualTo("250 2.1.5 Recipient OK");
            assertThat(client.send("DATA\n").reply()).startsWith("354");
            client.send(message("smtp mixed", "Grüße\n") + ".\n");
            assertThat(client.reply()).isEqualTo("250 2.0.0 Message accepted for delivery");
            assertThat(client.send("NOOP\n").reply()).as("exactly one reply after the dot").isEqualTo("250 2.0.0 OK");
        }
        List<Item> annas = withSubject(anna, "smtp mixed");
        List<Item> bobs = withSubject(bob, "smtp mixed");
        assertThat(annas).hasSize(1);
        assertThat(bobs).hasSize(1);
        assertThat(annas.get(0).content().mime()).isEqualTo(bobs.get(0).content().mime());
        assertThat(annas.get(0).properties().text(EmailProperty.BODY)).isEqualTo("Grüße\r\n");
    }

    @Test
    void onlyRefusedRecipientsMakeDataFailWith554() throws IOException {
        try (LmtpClient client = greeted()) {
            client.send("MAIL FROM:<>\nRCPT TO:<x@elsewhere.example>\nRCPT TO:<nobody@example.org>\nDATA\n");
            assertThat(client.replies(4)).containsExactly("250 2.1.0 Sender OK",
                    "550 5.7.1 Relaying denied: not a local domain", "550 5.1.1 No such user here",
                    "554 5.5.1 No valid recipients");
        }
    }

    @Test
    void pipelinedTransactionsAreAnsweredInOrder() throws IOException {
        try (LmtpClient client = connect(server)) {
            client.send("EHLO mta.test\nMAIL FROM:<>\nRCPT TO:<bob@example.org>\nRCPT TO:<x@example.org>\n"
                    + "RCPT TO:<anna@example.org>\nDATA\n");
            List<String> replies = client.replies(6);
            assertThat(replies.get(0)).startsWith("250-mx.test");
            assertThat(replies.subList(1, 5)).containsExactly("250 2.1.0 Sender OK", "250 2.1.5 Recipient OK",
                    "550 5.1.1 No such user here", "250 2.1.5 Recipient OK");
            assertThat(replies.get(5)).startsWith("354");
            client.send(message("smtp pipelined", "one\n") + ".\nMAIL FROM:<a@b.example>\nRCPT TO:<bob@example.org>\n"
                    + "DATA\n");
            assertThat(client.replies(4)).containsExactly("250 2.0.0 Message accepted for delivery",
                    "250 2.1.0 Sender OK", "250 2.1.5 Recipient OK", "354 Start mail input; end with <CRLF>.<CRLF>");
            client.send(message("smtp pipelined two", "two\n") + ".\nQUIT\n");
            assertThat(client.replies(2)).containsExactly("250 2.0.0 Message accepted for delivery", "221 2.0.0 Bye");
        }
        assertThat(withSubject(bob, "smtp pipelined")).hasSize(1);
        assertThat(withSubject(anna, "smtp pipelined")).hasSize(1);
        assertThat(withSubject(bob, "smtp pipelined two")).hasSize(1);
    }

    @Test
    void dotStuffingIsRemovedAcrossPacketBoundaries() throws IOException {
        String original = message("smtp dots", ".leading dot\n..two dots\n.\n text\nend.\n");
        String stuffed = original.lines().map(l -> l.startsWith(".") ? "." + l : l)
                .reduce("", (a, b) -> a + b + "\n");
        try (LmtpClient client = greeted()) {
            client.send("MAIL FROM:<s@example.net>\nRCPT TO:<bob@example.org>\nDATA\n");
            assertThat(client.replies(3).get(2)).startsWith("354");
            byte[] bytes = (stuffed + ".\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 2) {
                client.sendRaw(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 2)));
            }
            assertThat(client.reply()).isEqualTo("250 2.0.0 Message accepted for delivery");
        }
        Item item = withSubject(bob, "smtp dots").get(0);
        assertThat(new String(mime(item), StandardCharsets.UTF_8)).isEqualTo(original.replace("\n", "\r\n"));
    }

    @Test
    void sizeLimitDeclaredAndExceeded() throws IOException {
        try (LmtpClient client = greeted()) {
            assertThat(client.send("MAIL FROM:<s@example.net> SIZE=" + (MAX_MESSAGE + 1) + "\n").reply())
                    .isEqualTo("552 5.3.4 Message size exceeds fixed maximum message size");
            client.send("MAIL FROM:<s@example.net>\nRCPT TO:<anna@example.org>\nRCPT TO:<bob@example.org>\nDATA\n");
            assertThat(client.replies(4).get(3)).startsWith("354");
            client.send(message("smtp too big", "x".repeat(70).concat("\n").repeat(1000)) + ".\n");
            assertThat(client.reply()).isEqualTo("552 5.3.4 Message size exceeds fixed maximum message size");
            assertThat(client.send("MAIL FROM:<s@example.net>\n").reply()).startsWith("250 2.1.0");
        }
        assertThat(withSubject(anna, "smtp too big")).isEmpty();
        try (var files = Files.list(dir.resolve("spool"))) {
            assertThat(files.toList()).as("spool files are removed").isEmpty();
        }
    }

    @Test
    void brokenMimeIsStoredByteExact() throws IOException {
        byte[] junk = new byte[2000];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n' || junk[i] == '\r' || junk[i] == '.') {
                junk[i] = 'q';
            }
        }
        byte[] head = ("Subject: smtp junk\r\nContent-Type: multipart/related; boundary=\"missing\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ broken =\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = LmtpIT.concat(head, junk, "\r\n".getBytes(StandardCharsets.US_ASCII));
        try (LmtpClient client = greeted()) {
            client.send("MAIL FROM:<s@example.net>\nRCPT TO:<bob@example.org>\nDATA\n");
            assertThat(client.replies(3).get(2)).startsWith("354");
            client.sendRaw(LmtpIT.concat(message, ".\r\n".getBytes(StandardCharsets.US_ASCII)));
            assertThat(client.reply()).isEqualTo("250 2.0.0 Message accepted for delivery");
        }
        assertThat(mime(withSubject(bob, "smtp junk").get(0))).isEqualTo(message);
    }

    @Test
    void aRetryAfterA451DoesNotDuplicateForRecipientsThatGotTheMail() throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (LmtpClient client = greeted()) {
                client.send("MAIL FROM:<s@example.net>\nRCPT TO:<anna@example.org>\nRCPT TO:<bob@example.org>\nDATA\n");
                assertThat(client.replies(4).get(3)).startsWith("354");
                client.send(message("smtp retried", "same bytes\n") + ".\n");
                assertThat(client.reply()).isEqualTo("250 2.0.0 Message accepted for delivery");
            }
        }
        assertThat(withSubject(anna, "smtp retried")).hasSize(1);
        assertThat(withSubject(bob, "smtp retried")).hasSize(1);
    }

    @Test
    void aStoreFailureAfterTheDotIsATemporary451() throws Exception {
        MailboxStore failing = MailboxStore.open(StorageConfig.embedded(dir.resolve("failing"))
                .withPasswordHashing(new PasswordHashing(1024, 1, 1)));
        failing.accounts().create(new NewAccount("dan", "pw-dan-1", "Dan", List.of("dan@example.org"),
                PropertyMap.EMPTY));
        LmtpServer other = start(failing, dir.resolve("spool-failing"), 5, Duration.ofMinutes(5));
        try (LmtpClient client = connect(other)) {
            client.send("EHLO t\nMAIL FROM:<s@example.net>\nRCPT TO:<dan@example.org>\nDATA\n");
            assertThat(client.replies(4).get(3)).startsWith("354");
            failing.close(); // the database goes away between RCPT and the final dot
            client.send(message("lost store", "x\n") + ".\n");
            assertThat(client.reply()).isEqualTo("451 4.3.0 Temporary failure, please try again later");
        } finally {
            other.close();
        }
    }

    @Test
    void boundsLineLengthRecipientsConnectionsAndIdleTime() throws Exception {
        try (LmtpClient client = greeted()) {
            assertThat(client.send("NOOP " + "x".repeat(3000) + "\n").reply()).isEqualTo("500 5.5.6 Line too long");
            client.send("MAIL FROM:<s@example.net>\n");
            assertThat(client.reply()).startsWith("250");
            for (int i = 0; i < MAX_RECIPIENTS; i++) {
                assertThat(client.send("RCPT TO:<bob@example.org>\n").reply()).startsWith("250 2.1.5");
            }
            assertThat(client.send("RCPT TO:<bob@example.org>\n").reply()).isEqualTo("452 4.5.3 Too many recipients");
        }
        LmtpServer limited = start(store, dir.resolve("spool-limited"), 1, Duration.ofMillis(500));
        try (LmtpClient first = connect(limited); LmtpClient second = new LmtpClient(limited.localAddress())) {
            assertThat(second.reply()).isEqualTo("421 4.7.0 Too many connections, try again later");
            assertThat(second.closedByServer()).isTrue();
            assertThat(first.reply()).as("idle for longer than the timeout")
                    .isEqualTo("421 4.4.2 Idle timeout, closing connection");
            assertThat(first.closedByServer()).isTrue();
        } finally {
            limited.close();
        }
    }
}
