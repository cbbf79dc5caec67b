package org.pushbox.server.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.AttachmentMethod;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/** Hand-written messages, each exercising one thing mail in the wild does, through the real mime4j parse. */
class MailParserTest {

    static final Instant DELIVERED = Instant.parse("2026-11-22T06:30:00Z");

    static ParsedMail parse(String message) throws IOException {
        return parse(message, StandardCharsets.UTF_8);
    }

    /** {@code message} with LF line ends turned into CRLF, encoded with {@code charset}. */
    static ParsedMail parse(String message, Charset charset) throws IOException {
        return new MailParser().parse(new ByteArrayInputStream(crlf(message).getBytes(charset)), DELIVERED);
    }

    static String crlf(String message) {
        return message.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static byte[] bytes(PropertyMap p, EmailProperty key) {
        return ((PropertyValue.Bytes) p.get(key).orElseThrow()).value();
    }

    @Test
    void encodedWordHeadersAndAddressesAreDecoded() throws IOException {
        ParsedMail mail = parse("""
                From: =?UTF-8?B?QW5uYSBLb3bDoWNz?= <anna@example.org>
                To: "Bob Builder" <bob@example.org>, carol@example.org,
                 =?ISO-8859-1?Q?J=F6rg_M=FCller?= <joerg@example.de>
                Cc: Team: dave@example.org, erin@example.org;
                Reply-To: lists@example.org
                Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_?= =?ISO-8859-1?Q?K=F6ln?= =?UTF-8?B?8J+YgA==?=
                Date: Sat, 21 Nov 2026 18:04:05 +0100
                Message-ID: <m1@example.org>

                Hallo!
                """);
        PropertyMap p = mail.properties();
        assertThat(p.text(EmailProperty.SUBJECT)).isEqualTo("Grüße aus Köln😀");
        assertThat(p.text(EmailProperty.FROM)).isEqualTo("\"Anna Kovács\" <anna@example.org>");
        assertThat(p.text(EmailProperty.TO)).isEqualTo(
                "\"Bob Builder\" <bob@example.org>, carol@example.org, \"Jörg Müller\" <joerg@example.de>");
        assertThat(p.text(EmailProperty.DISPLAY_TO)).isEqualTo("Bob Builder; carol@example.org; Jörg Müller");
        assertThat(p.text(EmailProperty.CC)).isEqualTo("dave@example.org, erin@example.org");
        assertThat(p.text(EmailProperty.REPLY_TO)).isEqualTo("lists@example.org");
        assertThat(p.time(EmailProperty.DATE_RECEIVED)).isEqualTo(DELIVERED);
        assertThat(p.time(IngestProperty.SENT_DATE)).isEqualTo(Instant.parse("2026-11-21T17:04:05Z"));
        assertThat(p.text(EmailProperty.MESSAGE_ID)).isEqualTo("<m1@example.org>");
        assertThat(p.text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Note");
        assertThat(p.text(EmailProperty.CONTENT_CLASS)).isEqualTo("urn:content-classes:message");
        assertThat(p.integer(EmailProperty.IMPORTANCE)).isEqualTo(1L);
        assertThat(p.bool(EmailProperty.READ)).isFalse();
        assertThat(p.integer(EmailProperty.NATIVE_BODY_TYPE)).isEqualTo(1L);
        assertThat(p.text(EmailProperty.BODY)).isEqualTo("Hallo!\r\n");
        assertThat(mail.preview()).isEqualTo("Hallo!");
        assertThat(mail.visibleRecipients()).contains("bob@example.org", "joerg@example.de", "erin@example.org");
    }

    @Test
    void rawEightBitHeadersAreReadAsUtf8WhenValidElseAsWindows1252() throws IOException {
        ParsedMail utf8 = parse("From: Zoë <zoe@example.org>\nSubject: Überweisung €\n\nx\n", StandardCharsets.UTF_8);
        assertThat(utf8.properties().text(EmailProperty.SUBJECT)).isEqualTo("Überweisung €");
        assertThat(utf8.properties().text(EmailProperty.FROM)).isEqualTo("\"Zoë\" <zoe@example.org>");
        ParsedMail latin = parse("Subject: Überweisung €\n\nx\n", Charset.forName("windows-1252"));
        assertThat(latin.properties().text(EmailProperty.SUBJECT)).isEqualTo("Überweisung €");
    }

    @Test
    void isoLatin1QuotedPrintableBodyIsDecodedAndItsCodePageReported() throws IOException {
        ParsedMail mail = parse("""
                Subject: latin
                MIME-Version: 1.0
                Content-Type: text/plain; charset="ISO-8859-1"
                Content-Transfer-Encoding: quoted-printable

                Sch=F6ne Gr=FC=DFe, =
                80 =80 Euro
                """);
        assertThat(mail.properties().text(EmailProperty.BODY)).isEqualTo("Schöne Grüße, 80 € Euro\r\n");
        assertThat(mail.properties().integer(EmailProperty.INTERNET_CPID)).isEqualTo(28591L);
        assertThat(mail.properties().integer(IngestProperty.BODY_SIZE)).isEqualTo(
                "Schöne Grüße, 80 € Euro\r\n".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void utf8EightBitAndBase64BodiesAreDecoded() throws IOException {
        String text = "Привет, мир! 你好 🌍";
        ParsedMail eightBit = parse("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                + text + "\n");
        assertThat(eightBit.properties().text(EmailProperty.BODY)).isEqualTo(text + "\r\n");
        assertThat(eightBit.properties().integer(EmailProperty.INTERNET_CPID)).isEqualTo(65001L);
        ParsedMail base64 = parse("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\n");
        assertThat(base64.properties().text(EmailProperty.BODY)).isEqualTo(text);
        ParsedMail undeclared = parse("Subject: no charset\n\n" + text + "\n");
        assertThat(undeclared.properties().text(EmailProperty.BODY)).as("8-bit without a charset: UTF-8 guessed")
                .isEqualTo(text + "\r\n");
    }

    @Test
    void multipartAlternativeKeepsHtmlAsNativeAndThePlainAlternative() throws IOException {
        ParsedMail mail = parse("""
                Subject: alt
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Plain  version
                with two lines
                --b1
                Content-Type: text/html; charset=utf-8

                <html><head><style>p{color:red}</style></head><body><p>HTML &amp; <b>bold</b> &#8364;</p></body></html>
                --b1--
                """);
        PropertyMap p = mail.properties();
        assertThat(p.integer(EmailProperty.NATIVE_BODY_TYPE)).isEqualTo(2L);
        assertThat(p.integer(EmailProperty.BODY_TYPE)).isEqualTo(2L);
        assertThat(p.text(EmailProperty.BODY)).startsWith("<html><head>").contains("<b>bold</b>");
        assertThat(p.text(IngestProperty.PLAIN_BODY)).isEqualTo("Plain  version\r\nwith two lines");
        assertThat(mail.preview()).isEqualTo("Plain version with two lines");
        assertThat(mail.attachments()).isEmpty();

        ParsedMail htmlOnly = parse("Content-Type: text/html\n\n<p>Only&nbsp;HTML &lt;here&gt;</p><script>x()</script>\n");
        assertThat(htmlOnly.preview()).isEqualTo("Only HTML <here>");
        assertThat(htmlOnly.properties().get(IngestProperty.PLAIN_BODY)).isEmpty();
    }

    static final String PDF = Base64.getMimeEncoder().encodeToString("%PDF-1.4 fake pdf".getBytes(StandardCharsets.US_ASCII));
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Test
    void nestedMultipartMixedListsAttachmentsAndInlineImagesWithTheirSections() throws IOException {
        ParsedMail mail = parse("""
                Subject: report
                Content-Type: multipart/mixed; boundary="outer"

                preamble to ignore
                --outer
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain

                See the chart.
                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html

                <p>See <img src="cid:chart@x"></p>
                --rel
                Content-Type: image/png
                Content-Transfer-Encoding: base64
                Content-ID: <chart@x>

                %s
                --rel--
                --alt--
                --outer
                Content-Type: application/pdf; name="ignored.pdf"
                Content-Disposition: attachment; filename="C:\\\\Users\\\\anna\\\\report 2026.pdf"
                Content-Transfer-Encoding: base64

                %s
                --outer
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: inline; filename="notes.txt"

                inline text file
                --outer--
                epilogue
                """.formatted(Base64.getEncoder().encodeToString(PNG), PDF));
        List<Attachment> attachments = mail.attachments();
        assertThat(attachments).extracting(Attachment::displayName)
                .containsExactly("attachment-1.2.2.png", "report 2026.pdf", "notes.txt");
        Attachment image = attachments.get(0);
        assertThat(image.inline()).isTrue();
        assertThat(image.contentId()).isEqualTo("chart@x");
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.size()).isEqualTo(PNG.length);
        assertThat(image.extra().text(IngestProperty.MIME_SECTION)).isEqualTo("1.2.2");
        Attachment pdf = attachments.get(1);
        assertThat(pdf.inline()).isFalse();
        assertThat(pdf.size()).isEqualTo("%PDF-1.4 fake pdf".length());
        assertThat(pdf.method()).isEqualTo(AttachmentMethod.NORMAL);
        assertThat(pdf.extra().text(IngestProperty.MIME_SECTION)).isEqualTo("2");
        assertThat(attachments.get(2).inline()).isTrue();
        assertThat(mail.properties().text(EmailProperty.BODY)).contains("cid:chart@x");
        assertThat(mail.properties().text(IngestProperty.PLAIN_BODY)).isEqualTo("See the chart.");
    }

    @Test
    void attachmentsAreFetchedBackByTheirSection() throws IOException {
        String message = crlf("""
                Content-Type: multipart/mixed; boundary=x

                --x
                Content-Type: text/plain

                body
                --x
                Content-Type: application/pdf
                Content-Disposition: attachment; filename=a.pdf
                Content-Transfer-Encoding: base64

                %s
                --x--
                """.formatted(PDF));
        String section = parse(message).attachments().get(0).extra().text(IngestProperty.MIME_SECTION);
        try (InputStream part = MimeSections.open(new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII)),
                section).orElseThrow()) {
            assertThat(new String(part.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 fake pdf");
        }
        assertThat(MimeSections.open(new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII)), "7"))
                .isEmpty();
    }

    @Test
    void anEmbeddedMessageIsAnEmlAttachmentNamedAfterItsSubject() throws IOException {
        String inner = crlf("""
                From: carol@example.org
                Subject: =?UTF-8?Q?Original_=E2=80=93_notes?=

                inner body
                """);
        ParsedMail mail = parse("""
                Subject: Fwd: notes
                Content-Type: multipart/mixed; boundary=m

                --m
                Content-Type: text/plain

                see attached
                --m
                Content-Type: message/rfc822

                %s
                --m
                Content-Type: message/rfc822
                Content-Disposition: attachment; filename="saved"

                Subject: second

                x
                --m--
                """.formatted(inner));
        assertThat(mail.attachments()).hasSize(2);
        Attachment eml = mail.attachments().get(0);
        assertThat(eml.displayName()).isEqualTo("Original – notes.eml");
        assertThat(eml.method()).isEqualTo(AttachmentMethod.EMBEDDED_MESSAGE);
        assertThat(eml.contentType()).isEqualTo("message/rfc822");
        assertThat(eml.size()).as("the part between its boundaries").isEqualTo(inner.length());
        assertThat(mail.attachments().get(1).displayName()).isEqualTo("saved.eml");
        assertThat(mail.properties().text(EmailProperty.THREAD_TOPIC)).isEqualTo("notes");
    }

    @Test
    void rfc2231FilenamesWithCharsetAndContinuationsAreDecoded() throws IOException {
        ParsedMail mail = parse("""
                Content-Type: multipart/mixed; boundary=z

                --z
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC%20rates%20%C3%BCber.xlsx

                a
                --z
                Content-Type: application/octet-stream
                Content-Disposition: attachment;
                 filename*0*=ISO-8859-1''Gr%FC%DFe%20;
                 filename*1="aus dem ";
                 filename*2*=S%FCden.txt

                b
                --z
                Content-Type: application/octet-stream; name="=?UTF-8?B?w6R0c2No?=.doc"

                c
                --z--
                """);
        assertThat(mail.attachments()).extracting(Attachment::displayName)
                .containsExactly("€ rates über.xlsx", "Grüße aus dem Süden.txt", "ätsch.doc");
    }

    @Test
    void noDateHeaderLeavesOnlyTheDeliveryTime() throws IOException {
        ParsedMail mail = parse("Subject: undated\n\nbody\n");
        assertThat(mail.properties().time(IngestProperty.SENT_DATE)).isNull();
        assertThat(mail.properties().time(EmailProperty.DATE_RECEIVED)).isEqualTo(DELIVERED);
        ParsedMail bad = parse("Subject: bad date\nDate: yesterday-ish\n\nbody\n");
        assertThat(bad.properties().time(IngestProperty.SENT_DATE)).isNull();
    }

    @Test
    void importanceComesFromImportanceOrXPriority() throws IOException {
        assertThat(parse("Importance: High\n\nx\n").properties().integer(EmailProperty.IMPORTANCE)).isEqualTo(2L);
        assertThat(parse("X-Priority: 5 (Lowest)\n\nx\n").properties().integer(EmailProperty.IMPORTANCE)).isEqualTo(0L);
        assertThat(parse("X-Priority: 1\n\nx\n").properties().integer(EmailProperty.IMPORTANCE)).isEqualTo(2L);
        assertThat(parse("Importance: low\nX-Priority: 1\n\nx\n").properties().integer(EmailProperty.IMPORTANCE))
                .isEqualTo(0L);
    }

    @Test
    void signedAndEncryptedMailGetsTheSmimeClasses() throws IOException {
        ParsedMail signed = parse("""
                Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary=s

                --s
                Content-Type: text/plain

                signed text
                --s
                Content-Type: application/pkcs7-signature
                Content-Transfer-Encoding: base64

                AAEC
                --s--
                """);
        assertThat(signed.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Note.SMIME.MultipartSigned");
        assertThat(signed.attachments()).extracting(Attachment::displayName).containsExactly("smime.p7s");
        ParsedMail encrypted = parse("Content-Type: application/pkcs7-mime; smime-type=enveloped-data\n"
                + "Content-Transfer-Encoding: base64\n\nAAEC\n");
        assertThat(encrypted.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Note.SMIME");
    }

    @Test
    void repliesShareTheRootsConversationIdAndExtendItsIndex() throws IOException {
        PropertyMap root = parse("Message-ID: <root@x>\nSubject: plan\n\nx\n").properties();
        PropertyMap reply = parse("Message-ID: <r1@x>\nIn-Reply-To: <root@x>\nReferences: <ROOT@x>\n"
                + "Subject: Re: plan\n\nx\n").properties();
        PropertyMap second = parse("Message-ID: <r2@x>\nIn-Reply-To: <r1@x>\nReferences: <root@x>\n <r1@x>\n"
                + "Subject: AW: Re: plan\n\nx\n").properties();
        PropertyMap other = parse("Message-ID: <other@x>\nSubject: plan\n\nx\n").properties();
        assertThat(bytes(reply, EmailProperty.CONVERSATION_ID)).hasSize(16)
                .isEqualTo(bytes(root, EmailProperty.CONVERSATION_ID))
                .isEqualTo(bytes(second, EmailProperty.CONVERSATION_ID))
                .isNotEqualTo(bytes(other, EmailProperty.CONVERSATION_ID));
        byte[] rootIndex = bytes(root, EmailProperty.CONVERSATION_INDEX);
        byte[] replyIndex = bytes(reply, EmailProperty.CONVERSATION_INDEX);
        byte[] secondIndex = bytes(second, EmailProperty.CONVERSATION_INDEX);
        assertThat(rootIndex).hasSize(22);
        assertThat(replyIndex).hasSize(27).startsWith(rootIndex);
        assertThat(secondIndex).hasSize(32).startsWith(replyIndex);
        assertThat(second.text(EmailProperty.THREAD_TOPIC)).isEqualTo("plan");
    }

    @Test
    void outlooksThreadIndexIsTakenAsIs() throws IOException {
        byte[] index = new byte[27];
        new Random(7).nextBytes(index);
        index[0] = 1;
        PropertyMap p = parse("Thread-Index: " + Base64.getEncoder().encodeToString(index)
                + "\nThread-Topic: budget\nSubject: RE: budget 2027\nReferences: <a@b>\n\nx\n").properties();
        assertThat(bytes(p, EmailProperty.CONVERSATION_INDEX)).isEqualTo(index);
        assertThat(bytes(p, EmailProperty.CONVERSATION_ID)).isEqualTo(java.util.Arrays.copyOfRange(index, 6, 22));
        assertThat(p.text(EmailProperty.THREAD_TOPIC)).isEqualTo("budget");
    }

    @Test
    void longBodiesAreCutButMeasuredWhole() throws IOException {
        String line = "0123456789abcdé\n";
        String body = line.repeat(2000);
        ParsedMail mail = new MailParser(1000).parse(new ByteArrayInputStream(
                ("Content-Type: text/plain; charset=utf-8\n\n" + body).getBytes(StandardCharsets.UTF_8)), DELIVERED);
        assertThat(mail.properties().text(EmailProperty.BODY)).hasSize(1000).isEqualTo(body.substring(0, 1000));
        assertThat(mail.properties().bool(IngestProperty.BODY_TRUNCATED)).isTrue();
        assertThat(mail.properties().integer(IngestProperty.BODY_SIZE))
                .isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(mail.preview()).hasSize(MailParser.PREVIEW_CHARS);
    }

    @Test
    void brokenMimeIsStillReadAsFarAsItGoes() throws IOException {
        ParsedMail noBoundary = parse("""
                Subject: broken boundary
                Content-Type: multipart/mixed; boundary="never-used"

                just text, no parts at all
                """);
        assertThat(noBoundary.properties().text(EmailProperty.SUBJECT)).isEqualTo("broken boundary");
        ParsedMail unterminated = parse("""
                Subject: unterminated
                Content-Type: multipart/alternative; boundary=q

                --q
                Content-Type: text/plain; charset=no-such-charset
                Content-Transfer-Encoding: base64

                SGVsbG8g!!!d29ybGQ=
                --q
                Content-Type: text/html
                Content-Transfer-Encoding: quoted-printable

                <p>cut =ZZ off
                """);
        assertThat(unterminated.properties().text(EmailProperty.SUBJECT)).isEqualTo("unterminated");
        assertThat(unterminated.properties().text(IngestProperty.PLAIN_BODY)).startsWith("Hello");
        assertThat(unterminated.properties().text(EmailProperty.BODY)).startsWith("<p>cut");
        ParsedMail headerless = parse("no header at all, just : text\n\nsecond paragraph\n");
        assertThat(headerless.properties().time(EmailProperty.DATE_RECEIVED)).isEqualTo(DELIVERED);
        assertThat(headerless.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Note");
        assertThat(parse("").properties().text(EmailProperty.BODY)).isEmpty();
    }

    @Test
    void garbageInEveryHeaderIsKeptAsTextOrLeftOut() throws IOException {
        ParsedMail mail = parse("""
                From: <<<@@@>>> "unterminated
                To: ,,,;;;
                Cc: =?bogus?Q?x?= <not an address>
                Subject: =?UTF-8?B?!!!not-base64?= plain =?UTF-8?Q?=ZZ?=
                Date: 99 Foo 20269 25:61:61 +9999
                Message-ID: no-brackets
                References: <unclosed <a@b> >>
                Thread-Index: %%%%
                Importance: extreme
                X-Priority: urgent
                Content-Type: text/plain; charset="; boundary=

                body
                """);
        PropertyMap p = mail.properties();
        assertThat(p.text(EmailProperty.SUBJECT)).contains("plain");
        assertThat(p.text(EmailProperty.FROM)).isNotNull();
        assertThat(p.integer(EmailProperty.IMPORTANCE)).isEqualTo(1L);
        assertThat(p.time(IngestProperty.SENT_DATE)).isNull();
        assertThat(bytes(p, EmailProperty.CONVERSATION_ID)).hasSize(16);
        assertThat(p.text(EmailProperty.BODY)).isEqualTo("body\r\n");
        assertThat(MailParser.minimal(DELIVERED).properties().time(EmailProperty.DATE_RECEIVED)).isEqualTo(DELIVERED);
    }

    @Test
    void randomBytesNeverFailTheParse() throws IOException {
        Random random = new Random(20261122);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(4000)];
            random.nextBytes(junk);
            if (i % 2 == 0) {
                byte[] prefix = "Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\n".getBytes(StandardCharsets.US_ASCII);
                byte[] both = new byte[prefix.length + junk.length];
                System.arraycopy(prefix, 0, both, 0, prefix.length);
                System.arraycopy(junk, 0, both, prefix.length, junk.length);
                junk = both;
            }
            ParsedMail mail = new MailParser().parse(new ByteArrayInputStream(junk), DELIVERED);
            assertThat(mail.properties().time(EmailProperty.DATE_RECEIVED)).isEqualTo(DELIVERED);
        }
    }
}
