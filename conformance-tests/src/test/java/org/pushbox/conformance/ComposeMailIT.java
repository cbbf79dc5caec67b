package org.pushbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.conformance.client.Credentials;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sendmail.SendMailCodec;
import org.pushbox.protocol.command.sendmail.SendMailRequest;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.command.smartforward.SmartForwardCodec;
import org.pushbox.protocol.command.smartforward.SmartForwardRequest;
import org.pushbox.protocol.command.smartreply.SmartReplyCodec;
import org.pushbox.protocol.command.smartreply.SmartReplyRequest;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * SendMail, SmartReply and SmartForward end to end: the started server, its real outbox, and a real SMTP
 * server as the relay, checking the exact envelope and headers that leave. Originals arrive through the
 * real MailDelivery; a local recipient gets the message in its Inbox without the relay. Every WBXML
 * answer passes libwbxml and the XSDs.
 */
class ComposeMailIT {

    private static final Credentials ANNA = new Credentials("anna", "Grüße-2026");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Tag STATUS = CodePages.require("ComposeMail", "Status");

    @TempDir
    static Path workDir;
    private static SmtpSink relay;
    private static EmbeddedServer server;
    private static IndependentChecks checks;
    private static ServerTarget target;
    private static Account anna;
    private static Account bob;
    private static int run;

    @BeforeAll
    static void start() throws Exception {
        relay = new SmtpSink();
        server = EmbeddedServer.startEmpty(workDir.resolve("server"), "compose mail tests", Map.of(
                "policy.mode", "none",
                "relay.host", "127.0.0.1",
                "relay.port", Integer.toString(relay.port()),
                "relay.security", "none",
                "relay.retry-first", "1"));
        MailboxStore store = server.store();
        anna = store.accounts().create(new NewAccount(ANNA.user(), ANNA.password(), "Anna Kovács",
                List.of("anna@example.org", "a.kovacs@example.org"), PropertyMap.EMPTY));
        bob = store.accounts().create(new NewAccount("bob", "bob-secret-1", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
        checks = new IndependentChecks(Files.createDirectories(workDir.resolve("responses")));
        target = ServerTarget.of(server.url(), ANNA, checks);
    }

    @AfterAll
    static void stop() {
        try {
            if (checks != null) {
                assertThat(checks.responses()).as("WBXML answers checked").isPositive();
                checks.validateAgainstXsds();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (relay != null) {
                relay.close();
            }
        }
    }

    private static EasTestClient phone(ProtocolVersion version, boolean base64) {
        String id = "compose" + (++run) + System.nanoTime() % 100000;
        DeviceIdentity device = base64 ? DeviceIdentity.base64(id, "Android", "Android/14", version)
                : DeviceIdentity.plain(id, "iPhone", "Apple-iPhone9C1/1402.100", version);
        return target.client(device);
    }

    private static Bytes mime(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int status(EasResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return Integer.parseInt(response.tree().child(STATUS).text());
    }

    private static void assertSent(EasResponse response) {
        assertThat(response.status()).as(response.describeBody()).isEqualTo(200);
        assertThat(response.body()).as("success is an empty body").isEmpty();
    }

    /** Delivers {@code message} to Anna's Inbox through the real MailDelivery; returns the new item. */
    private static Item deliverToAnna(String message) throws Exception {
        Path file = Files.writeString(workDir.resolve("in" + System.nanoTime() + ".eml"), message);
        new MailDelivery(server.store(), Clock.systemUTC()).deliver(file, List.of(anna));
        return newest(anna, FolderType.INBOX).get(0);
    }

    /** The folder's items, newest first. */
    private static List<Item> newest(Account account, FolderType type) {
        MailboxStore store = server.store();
        long folder = store.folders().findByType(account.id(), type).orElseThrow().id();
        List<Item> items = new ArrayList<>(store.items().getAll(store.items().ids(folder, ItemFilter.ALL)));
        items.sort((a, b) -> Long.compare(b.id(), a.id()));
        return items;
    }

    private static void assertNothingMoreRelayed() throws InterruptedException {
        SmtpSink.Transaction extra = relay.poll(Duration.ofSeconds(3));
        assertThat(extra).as("a second message reached the relay").isNull();
    }

    private static String original(String id) {
        return "From: Alice Example <alice@remote.test>\r\nTo: anna@example.org\r\nSubject: Plans " + id + "\r\n"
                + "Date: Sat, 21 Nov 2026 10:00:00 +0100\r\nMessage-ID: <" + id + "@remote.test>\r\n"
                + "References: <start-" + id + "@remote.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nDinner at eight?\r\n--b\r\n"
                + "Content-Type: application/pdf; name=menu.pdf\r\nContent-Disposition: attachment; filename=menu.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n";
    }

    @Test
    void sendMail14RelaysTheExactEnvelopeDeliversLocallyAndKeepsASentCopyOnce() throws Exception {
        EasTestClient phone = phone(ProtocolVersion.V14_1, false);
        assertThat(phone.options().header("MS-ASProtocolCommands").orElseThrow().split(","))
                .contains("SendMail", "SmartForward", "SmartReply");
        SendMailRequest request = new SendMailRequest("send-14-" + run, null, true, mime(
                "To: Carol <carol@remote.test>\r\nCc: Bob <bob@example.org>\r\nBcc: dave@remote.test\r\n"
                        + "Subject: =?UTF-8?Q?K=C3=A1v=C3=A9?= at ten\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                        + "See you.\r\n"), null);
        assertSent(phone.send(EasCall.post("SendMail").wbxml(SendMailCodec.encodeRequest(request, ProtocolVersion.V14_1))));

        SmtpSink.Transaction sent = relay.next(WAIT);
        assertThat(sent.mailFrom()).isEqualTo("anna@example.org");
        assertThat(sent.rcptTo()).containsExactly("carol@remote.test", "dave@remote.test");
        assertThat(sent.text()).contains("\r\nFrom: =?UTF-8?Q?Anna_Kov=C3=A1cs?= <anna@example.org>\r\n",
                "To: Carol <carol@remote.test>\r\n", "Cc: Bob <bob@example.org>\r\n",
                "Subject: =?UTF-8?Q?K=C3=A1v=C3=A9?= at ten\r\n").doesNotContainIgnoringCase("bcc:")
                .doesNotContain("dave@").containsPattern("\r\nMessage-ID: <[0-9a-f-]{36}@example\\.org>\r\n")
                .containsPattern("\r\nDate: .+ \\+0000\r\n");
        assertThat(newest(bob, FolderType.INBOX)).as("the local recipient got it directly")
                .anySatisfy(i -> assertThat(i.properties().text(EmailProperty.SUBJECT)).isEqualTo("Kávé at ten"));

        assertThat(status(phone.send(EasCall.post("SendMail")
                .wbxml(SendMailCodec.encodeRequest(request, ProtocolVersion.V14_1))))).isEqualTo(118);
        assertNothingMoreRelayed();

        List<String> sentSubjects = syncedSubjects(phone, 5);
        assertThat(sentSubjects).containsOnlyOnce("Kávé at ten");
    }

    @Test
    void sendMail12TakesTheRawMimeAndSaveInSentFromTheBase64RequestLine() throws Exception {
        EasTestClient phone = phone(ProtocolVersion.V12_1, true);
        String message = "From: a.kovacs@example.org\r\nTo: carol@remote.test\r\nSubject: Twelve one " + run
                + "\r\nMessage-ID: <legacy-" + run + "@example.org>\r\n\r\nOld style.\r\n";
        EasCall call = EasCall.post("SendMail").body(message.getBytes(StandardCharsets.UTF_8), "message/rfc822")
                .parameter("SaveInSent", "T");
        assertSent(phone.send(call));
        SmtpSink.Transaction sent = relay.next(WAIT);
        assertThat(sent.mailFrom()).as("the alias From names").isEqualTo("a.kovacs@example.org");
        assertThat(sent.rcptTo()).containsExactly("carol@remote.test");
        assertThat(sent.text()).startsWith("From: a.kovacs@example.org\r\nTo: carol@remote.test\r\n");
        assertThat(newest(anna, FolderType.SENT_ITEMS)).anySatisfy(
                i -> assertThat(i.properties().text(EmailProperty.SUBJECT)).isEqualTo("Twelve one " + run));
        EasResponse again = phone.send(EasCall.post("SendMail").body(message.getBytes(StandardCharsets.UTF_8),
                "message/rfc822").parameter("SaveInSent", "T"));
        assertSent(again);
        assertNothingMoreRelayed();
    }

    @Test
    void smartReply14QuotesTheOriginalAndThreads() throws Exception {
        Item original = deliverToAnna(original("r14"));
        EasTestClient phone = phone(ProtocolVersion.V14_1, false);
        SmartReplyRequest request = new SmartReplyRequest("reply-14-" + run,
                new Source(Long.toString(original.folderId()), Long.toString(original.id()), null, null), null, false,
                false, mime("To: alice@remote.test\r\nSubject: Re: Plans\r\n\r\nYes, gladly."), null);
        assertSent(phone.send(EasCall.post("SmartReply")
                .wbxml(SmartReplyCodec.encodeRequest(request, ProtocolVersion.V14_1))));
        SmtpSink.Transaction sent = relay.next(WAIT);
        assertThat(sent.mailFrom()).isEqualTo("anna@example.org");
        assertThat(sent.rcptTo()).containsExactly("alice@remote.test");
        assertThat(sent.text()).contains("\r\nIn-Reply-To: <r14@remote.test>\r\n",
                "\r\nReferences: <start-r14@remote.test> <r14@remote.test>\r\n")
                .doesNotContain("menu.pdf");
        assertThat(Mime.text(sent.data())).isEqualTo("Yes, gladly.\r\n\r\nOn Sat, 21 Nov 2026 10:00:00 +0100, "
                + "Alice Example <alice@remote.test> wrote:\r\n> Dinner at eight?\r\n");
    }

    @Test
    void smartReply12TakesItsSourceFromThePlainQuery() throws Exception {
        Item original = deliverToAnna(original("r12"));
        EasTestClient phone = phone(ProtocolVersion.V12_1, false);
        EasCall call = EasCall.post("SmartReply")
                .body("To: alice@remote.test\r\nSubject: Re: Plans\r\n\r\nOK".getBytes(StandardCharsets.UTF_8),
                        "message/rfc822")
                .parameter("ItemId", Long.toString(original.id()))
                .parameter("CollectionId", Long.toString(original.folderId()));
        assertSent(phone.send(call));
        SmtpSink.Transaction sent = relay.next(WAIT);
        assertThat(sent.text()).contains("\r\nIn-Reply-To: <r12@remote.test>\r\n");
        assertThat(Mime.text(sent.data())).startsWith("OK\r\n\r\nOn Sat, 21 Nov 2026").endsWith("> Dinner at eight?\r\n");
    }

    @Test
    void smartForwardAddsTheOriginalsAttachmentsInBothForms() throws Exception {
        Item original = deliverToAnna(original("f14"));
        EasTestClient phone = phone(ProtocolVersion.V14_1, false);
        SmartForwardRequest request = new SmartForwardRequest("fwd-14-" + run,
                new Source(Long.toString(original.folderId()), Long.toString(original.id()), null, null), null, true,
                false, mime("To: carol@remote.test\r\nSubject: Fwd: Plans\r\n\r\nFYI"), null, null, List.of());
        assertSent(phone.send(EasCall.post("SmartForward")
                .wbxml(SmartForwardCodec.encodeRequest(request, ProtocolVersion.V14_1))));
        SmtpSink.Transaction sent = relay.next(WAIT);
        assertThat(sent.rcptTo()).containsExactly("carol@remote.test");
        assertThat(sent.text()).contains("\r\nReferences: <start-f14@remote.test> <f14@remote.test>\r\n",
                "Content-Type: multipart/mixed", "filename=menu.pdf").doesNotContain("In-Reply-To");
        assertThat(Mime.text(sent.data())).startsWith("FYI\r\n\r\n---------- Forwarded message ----------\r\n"
                + "From: Alice Example <alice@remote.test>\r\n").endsWith("Dinner at eight?\r\n");
        assertThat(Mime.attachment(sent.data(), "menu.pdf")).isEqualTo("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));

        EasTestClient legacy = phone(ProtocolVersion.V12_1, true);
        EasCall call = EasCall.post("SmartForward")
                .body("To: carol@remote.test\r\nSubject: Fwd\r\n\r\nagain".getBytes(StandardCharsets.UTF_8),
                        "message/rfc822")
                .parameter("ItemId", Long.toString(original.id()))
                .parameter("CollectionId", Long.toString(original.folderId()));
        assertSent(legacy.send(call));
        assertThat(Mime.attachment(relay.next(WAIT).data(), "menu.pdf"))
                .isEqualTo("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aMissingSourceIs150In14AndHttp500In12AndNothingLeaves() throws Exception {
        EasTestClient phone = phone(ProtocolVersion.V14_1, false);
        SmartReplyRequest request = new SmartReplyRequest("missing-" + run, new Source(null, "987654321", null, null),
                null, false, false, mime("To: alice@remote.test\r\n\r\nx"), null);
        assertThat(status(phone.send(EasCall.post("SmartReply")
                .wbxml(SmartReplyCodec.encodeRequest(request, ProtocolVersion.V14_1))))).isEqualTo(150);
        SmartForwardRequest byLongId = new SmartForwardRequest("long-" + run, new Source(null, null, "RgAAAAB", null),
                null, false, false, mime("To: alice@remote.test\r\n\r\nx"), null, null, List.of());
        assertThat(status(phone.send(EasCall.post("SmartForward")
                .wbxml(SmartForwardCodec.encodeRequest(byLongId, ProtocolVersion.V14_1))))).isEqualTo(150);
        EasTestClient legacy = phone(ProtocolVersion.V12_1, false);
        EasResponse old = legacy.send(EasCall.post("SmartForward")
                .body("To: alice@remote.test\r\n\r\nx".getBytes(StandardCharsets.UTF_8), "message/rfc822")
                .parameter("ItemId", "987654321"));
        assertThat(old.status()).isEqualTo(500);
        assertThat(status(phone.send(EasCall.post("SendMail").wbxml(SendMailCodec.encodeRequest(
                new SendMailRequest("norcpt-" + run, null, false, mime("Subject: x\r\n\r\nx"), null),
                ProtocolVersion.V14_1))))).isEqualTo(119);
        assertNothingMoreRelayed();
    }

    /** FolderSync, then a Sync of the folder of {@code type} from key 0: the subjects of its items. */
    private static List<String> syncedSubjects(EasTestClient phone, int type) {
        WbxmlElement folders = phone.post(EasCommand.FOLDER_SYNC,
                "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>0</SyncKey></FolderSync>").tree();
        String folderId = null;
        for (WbxmlElement add : all(folders, CodePages.require("FolderHierarchy", "Add"))) {
            if (add.child(CodePages.require("FolderHierarchy", "Type")).text().equals(Integer.toString(type))) {
                folderId = add.child(CodePages.require("FolderHierarchy", "ServerId")).text();
            }
        }
        assertThat(folderId).as("a folder of type " + type).isNotNull();
        String key = all(phone.post(EasCommand.SYNC, sync("0", folderId)).tree(),
                CodePages.require("AirSync", "SyncKey")).get(0).text();
        WbxmlElement changes = phone.post(EasCommand.SYNC, sync(key, folderId)).tree();
        List<String> subjects = new ArrayList<>();
        for (WbxmlElement subject : all(changes, CodePages.require("Email", "Subject"))) {
            subjects.add(subject.text());
        }
        return subjects;
    }

    /** Every element of {@code tag} in the tree, depth first. */
    private static List<WbxmlElement> all(WbxmlElement root, Tag tag) {
        List<WbxmlElement> found = new ArrayList<>();
        if (root.tag().equals(tag)) {
            found.add(root);
        }
        for (WbxmlElement child : root.children()) {
            found.addAll(all(child, tag));
        }
        return found;
    }

    /** Reads what left with mime4j, as a receiving mail reader would. */
    private static final class Mime {
        static org.apache.james.mime4j.dom.Message parse(byte[] data) throws Exception {
            return new org.apache.james.mime4j.message.DefaultMessageBuilder()
                    .parseMessage(new java.io.ByteArrayInputStream(data));
        }

        /** The decoded first text/plain part. */
        static String text(byte[] data) throws Exception {
            return leaves(parse(data)).stream().filter(e -> "text/plain".equals(e.getMimeType())).findFirst()
                    .map(Mime::content).map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow();
        }

        /** The decoded content of the attachment called {@code name}. */
        static byte[] attachment(byte[] data, String name) throws Exception {
            return leaves(parse(data)).stream().filter(e -> name.equals(e.getFilename())).findFirst()
                    .map(Mime::content).orElseThrow(() -> new AssertionError("no attachment " + name));
        }

        private static List<org.apache.james.mime4j.dom.Entity> leaves(org.apache.james.mime4j.dom.Entity e) {
            List<org.apache.james.mime4j.dom.Entity> out = new ArrayList<>();
            if (e.getBody() instanceof org.apache.james.mime4j.dom.Multipart m) {
                m.getBodyParts().forEach(p -> out.addAll(leaves(p)));
            } else {
                out.add(e);
            }
            return out;
        }

        private static byte[] content(org.apache.james.mime4j.dom.Entity e) {
            try (java.io.InputStream in = ((org.apache.james.mime4j.dom.SingleBody) e.getBody()).getInputStream()) {
                return in.readAllBytes();
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }
    }

    private static String sync(String key, String folderId) {
        return "<Sync xmlns=\"AirSync\"><Collections><Collection><SyncKey>" + key + "</SyncKey><CollectionId>"
                + folderId + "</CollectionId></Collection></Collections></Sync>";
    }
}
