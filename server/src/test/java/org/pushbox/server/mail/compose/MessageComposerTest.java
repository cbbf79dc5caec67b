package org.pushbox.server.mail.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.PropertyMap;

/** Composition with real mime4j documents: what the device sent in, what leaves. */
class MessageComposerTest {

    private static final Account ANNA = new Account(7, "anna", "Anna Kovács",
            List.of("anna@example.org", "a.kovacs@example.org"), true, PropertyMap.EMPTY, 0, Instant.EPOCH);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private static final byte[] PDF = Base64.getDecoder().decode("JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK");

    private final MessageComposer composer = new MessageComposer(CLOCK);

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Message parse(byte[] mime) throws Exception {
        return new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(mime));
    }

    static String header(Message m, String name) {
        return m.getHeader().getField(name) == null ? null : m.getHeader().getField(name).getBody();
    }

    static String text(Entity e) {
        return MimeDocuments.text(e.getBody());
    }

    /** A delivered original as a reply reads it: its header and body text. */
    static OriginalMessage original(String headers, String plain, String html) throws Exception {
        Message m = parse(bytes(headers + "\r\nignored\r\n"));
        return new OriginalMessage(m.getHeader(), plain, html, List.of());
    }

    static final String ORIGINAL_HEADERS = "From: Alice Example <alice@example.net>\r\nTo: anna@example.org\r\n"
            + "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\nDate: Sat, 21 Nov 2026 10:00:00 +0100\r\n"
            + "Message-ID: <orig@example.net>\r\nReferences: <first@example.net>\r\n <second@example.net>\r\n";

    @Test
    void sendSetsTheAccountAsSenderTakesEveryRecipientAndDropsBcc() throws Exception {
        ComposedMessage out = composer.compose(ANNA, ComposeKind.SEND, bytes("""
                To: Bob <bob@example.com>, carol@example.com\r
                Cc: BOB@example.com, =?UTF-8?Q?D=C3=A1niel?= <dan@example.com>\r
                Bcc: eve@example.com\r
                Subject: Hello\r
                \r
                Hi all\r
                """), false, null);
        assertThat(out.envelopeFrom()).isEqualTo("anna@example.org");
        assertThat(out.recipients()).containsExactly("bob@example.com", "carol@example.com", "dan@example.com",
                "eve@example.com");
        String wire = new String(out.mime(), StandardCharsets.US_ASCII);
        assertThat(wire).doesNotContainPattern("(?im)^bcc:").doesNotContain("eve@");
        assertThat(wire).contains("From: =?UTF-8?Q?Anna_Kov=C3=A1cs?= <anna@example.org>\r\n");
        Message m = parse(out.mime());
        assertThat(DecoderUtil.decodeEncodedWords(header(m, "From"), DecodeMonitor.SILENT))
                .isEqualTo("Anna Kovács <anna@example.org>");
        assertThat(header(m, "Date")).isEqualTo("Sun, 22 Nov 2026 08:00:00 +0000");
        assertThat(header(m, "Message-ID")).matches("<[0-9a-f-]{36}@example\\.org>");
        assertThat(header(m, "MIME-Version")).isEqualTo("1.0");
        assertThat(header(m, "Cc")).as("client headers kept byte for byte")
                .isEqualTo("BOB@example.com, =?UTF-8?Q?D=C3=A1niel?= <dan@example.com>");
        assertThat(text(m)).isEqualTo("Hi all\r\n");
    }

    @Test
    void anAliasMaySendButNobodyElse() throws Exception {
        ComposedMessage alias = composer.compose(ANNA, ComposeKind.SEND,
                bytes("From: A <A.Kovacs@Example.org>\r\nTo: bob@example.com\r\nDate: x\r\nMessage-ID: <m@x>\r\n\r\nhi"),
                false, null);
        assertThat(alias.envelopeFrom()).isEqualTo("a.kovacs@example.org");
        assertThat(new String(alias.mime(), StandardCharsets.US_ASCII)).startsWith(
                "From: A <A.Kovacs@Example.org>\r\nTo: bob@example.com\r\nDate: x\r\nMessage-ID: <m@x>\r\n");
        assertStatus("From: mallory@example.org\r\nTo: bob@example.com\r\n\r\nhi", CommonStatus.ACCESS_DENIED);
        assertStatus("From: anna@example.org\r\nSender: mallory@example.org\r\nTo: bob@example.com\r\n\r\nhi",
                CommonStatus.ACCESS_DENIED);
    }

    @Test
    void refusalsCarryTheirStatus() {
        assertStatus("Subject: nobody\r\n\r\nhi", CommonStatus.MESSAGE_HAS_NO_RECIPIENT);
        assertStatus("To: undisclosed-recipients:;\r\n\r\nhi", CommonStatus.MESSAGE_HAS_NO_RECIPIENT);
        assertStatus("To: bob\r\n\r\nhi", CommonStatus.MESSAGE_RECIPIENT_UNRESOLVED);
        assertStatus("", CommonStatus.INVALID_MIME);
        StringBuilder nested = new StringBuilder("To: bob@example.com\r\n");
        for (int i = 0; i < 5000; i++) {
            nested.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i)
                    .append("\r\n");
        }
        assertStatus(nested.toString(), CommonStatus.INVALID_MIME);
        StringBuilder deep = new StringBuilder("To: bob@example.com\r\n");
        for (int i = 0; i < 400; i++) {
            deep.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i)
                    .append("\r\n");
        }
        assertStatus(deep.toString(), CommonStatus.INVALID_MIME);
        assertThatThrownBy(() -> new MessageComposer(CLOCK, 100).compose(ANNA, ComposeKind.SEND,
                bytes("To: bob@example.com\r\n\r\n" + "x".repeat(200)), false, null))
                .isInstanceOfSatisfying(ComposeException.class,
                        e -> assertThat(e.status()).isEqualTo(CommonStatus.MAILBOX_QUOTA_EXCEEDED));
    }

    private void assertStatus(String mime, CommonStatus status) {
        assertThatThrownBy(() -> composer.compose(ANNA, ComposeKind.SEND, bytes(mime), false, null))
                .isInstanceOfSatisfying(ComposeException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    @Test
    void aPlainReplyQuotesTheOriginalAndThreads() throws Exception {
        OriginalMessage original = original(ORIGINAL_HEADERS, "Are you coming?\r\n> earlier\r\n", null);
        ComposedMessage out = composer.compose(ANNA, ComposeKind.REPLY,
                bytes("To: alice@example.net\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\n\r\nYes!"),
                false, original);
        Message m = parse(out.mime());
        assertThat(header(m, "In-Reply-To")).isEqualTo("<orig@example.net>");
        assertThat(header(m, "References")).isEqualTo("<first@example.net> <second@example.net> <orig@example.net>");
        assertThat(DecoderUtil.decodeEncodedWords(header(m, "Subject"), DecodeMonitor.SILENT)).isEqualTo("Re: Grüße");
        assertThat(m.getMimeType()).isEqualTo("text/plain");
        assertThat(m.getCharset()).isEqualToIgnoringCase("utf-8");
        assertThat(text(m)).isEqualTo("Yes!\r\n\r\nOn Sat, 21 Nov 2026 10:00:00 +0100, Alice Example "
                + "<alice@example.net> wrote:\r\n> Are you coming?\r\n>> earlier\r\n");
    }

    @Test
    void aLongReferencesChainIsFoldedIntoLegalLines() throws Exception {
        StringBuilder refs = new StringBuilder("References:");
        for (int i = 0; i < 80; i++) {
            refs.append(i == 0 ? " " : "\r\n ").append("<message-number-").append(i).append("@mail.example.net>");
        }
        OriginalMessage original = original("Message-ID: <last@example.net>\r\n" + refs + "\r\n", "x", null);
        ComposedMessage out = composer.compose(ANNA, ComposeKind.REPLY, bytes("To: a@example.net\r\n\r\nok"), false,
                original);
        String wire = new String(out.mime(), StandardCharsets.US_ASCII);
        assertThat(wire.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        assertThat(header(parse(out.mime()), "References").replaceAll("\\s+", " "))
                .startsWith("<message-number-0@mail.example.net> <message-number-1@")
                .endsWith("<message-number-79@mail.example.net> <last@example.net>");
    }

    @Test
    void anAlternativeReplyQuotesOnBothSides() throws Exception {
        OriginalMessage original = original(ORIGINAL_HEADERS, null,
                "<html><head><style>p{}</style></head><body><p>See <b>this</b> &amp; that</p></body></html>");
        ComposedMessage out = composer.compose(ANNA, ComposeKind.REPLY, bytes("""
                To: alice@example.net\r
                Subject: Re: hi\r
                In-Reply-To: <orig@example.net>\r
                Content-Type: multipart/alternative; boundary=b1\r
                \r
                --b1\r
                Content-Type: text/plain; charset=iso-8859-1\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                Sch=F6n\r
                --b1\r
                Content-Type: text/html; charset=utf-8\r
                \r
                <html><body><p>Sch\u00f6n</p></body></html>\r
                --b1--\r
                """), false, original);
        Message m = parse(out.mime());
        assertThat(header(m, "Subject")).isEqualTo("Re: hi");
        List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
        assertThat(text(parts.get(0))).startsWith("Schön\r\n\r\nOn Sat, 21 Nov 2026").endsWith("wrote:\r\n> See this & that\r\n");
        assertThat(text(parts.get(1))).startsWith("<html><body><p>Schön</p><div>On Sat, 21 Nov 2026 10:00:00 +0100, "
                + "Alice Example &lt;alice@example.net&gt; wrote:</div><blockquote")
                .contains("><p>See <b>this</b> &amp; that</p></blockquote></body></html>");
        assertThat(parts.get(1).getHeader().getField("Content-Transfer-Encoding").getBody()).isEqualTo("quoted-printable");
    }

    @Test
    void aForwardAddsTheOriginalBodyAndAttachments() throws Exception {
        Message stored = parse(bytes(ORIGINAL_HEADERS + """
                Content-Type: multipart/mixed; boundary=o1\r
                \r
                --o1\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                The report is attached.\r
                --o1\r
                Content-Type: application/pdf; name=report.pdf\r
                Content-Disposition: attachment; filename=report.pdf\r
                Content-Transfer-Encoding: base64\r
                \r
                """ + Base64.getMimeEncoder().encodeToString(PDF) + "\r\n--o1--\r\n"));
        BodyParts parts = BodyParts.of(stored);
        OriginalMessage original = new OriginalMessage(stored.getHeader(), text(parts.plain), null, parts.attachments);
        ComposedMessage out = composer.compose(ANNA, ComposeKind.FORWARD,
                bytes("To: carol@example.com\r\nSubject: Fwd: report\r\n\r\nFYI"), false, original);
        Message m = parse(out.mime());
        assertThat(header(m, "In-Reply-To")).isNull();
        assertThat(header(m, "References")).endsWith("<second@example.net> <orig@example.net>");
        assertThat(m.getMimeType()).isEqualTo("multipart/mixed");
        List<Entity> sent = ((Multipart) m.getBody()).getBodyParts();
        assertThat(sent).hasSize(2);
        assertThat(text(sent.get(0))).isEqualTo("FYI\r\n\r\n---------- Forwarded message ----------\r\n"
                + "From: Alice Example <alice@example.net>\r\nDate: Sat, 21 Nov 2026 10:00:00 +0100\r\n"
                + "Subject: Grüße\r\nTo: anna@example.org\r\n\r\nThe report is attached.\r\n");
        assertThat(sent.get(1).getFilename()).isEqualTo("report.pdf");
        assertThat(sent.get(1).getMimeType()).isEqualTo("application/pdf");
        assertThat(((BinaryBody) sent.get(1).getBody()).getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void replaceMimeSendsTheClientsMessageWithThreadingOnly() throws Exception {
        OriginalMessage original = original(ORIGINAL_HEADERS, "original text", null);
        String client = "To: carol@example.com\r\nSubject: Fwd: x\r\nDate: Sun, 22 Nov 2026 07:00:00 +0000\r\n"
                + "Message-ID: <c@example.org>\r\nMIME-Version: 1.0\r\n\r\nmy own full text\r\n";
        ComposedMessage out = composer.compose(ANNA, ComposeKind.FORWARD, bytes(client), true, original);
        String wire = new String(out.mime(), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("To: carol@example.com\r\nSubject: Fwd: x\r\nDate: Sun, 22 Nov 2026 07:00:00 +0000\r\n"
                + "Message-ID: <c@example.org>\r\nMIME-Version: 1.0\r\n"
                + "From: =?UTF-8?Q?Anna_Kov=C3=A1cs?= <anna@example.org>\r\n"
                + "References: <first@example.net> <second@example.net> <orig@example.net>\r\n\r\nmy own full text\r\n");
    }

    @Test
    void aReplyWithoutTextGetsAPlainPartInFrontOfItsAttachments() throws Exception {
        OriginalMessage original = original(ORIGINAL_HEADERS, "question", null);
        ComposedMessage out = composer.compose(ANNA, ComposeKind.REPLY, bytes("""
                To: alice@example.net\r
                Content-Type: multipart/mixed; boundary=m\r
                \r
                --m\r
                Content-Type: image/png\r
                Content-Transfer-Encoding: base64\r
                \r
                iVBORw0KGgo=\r
                --m--\r
                """), false, original);
        List<Entity> parts = ((Multipart) parse(out.mime()).getBody()).getBodyParts();
        assertThat(parts).extracting(Entity::getMimeType).containsExactly("text/plain", "image/png");
        assertThat(text(parts.get(0))).endsWith("wrote:\r\n> question\r\n");
    }
}
