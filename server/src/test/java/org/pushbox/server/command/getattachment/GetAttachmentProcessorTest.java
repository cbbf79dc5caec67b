package org.pushbox.server.command.getattachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestParameter;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/** GetAttachment against a real H2 store, for delivered mail (MIME sections) and attachments with blobs. */
class GetAttachmentProcessorTest {

    @TempDir
    Path dir;
    private CommandFixture fx;
    private long inbox;
    private final byte[] pdf = new byte[300_001];

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir);
        inbox = fx.store().folders().findByType(fx.account().id(), FolderType.INBOX).orElseThrow().id();
        new Random(5).nextBytes(pdf);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Item deliver() throws Exception {
        byte[] raw = ("From: a@example.org\r\nTo: bob@example.org\r\nSubject: r\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
                + "--b\r\nContent-Type: application/pdf; name=\"r.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(pdf) + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
        BlobInfo blob = fx.store().blobs().put(new ByteArrayInputStream(raw));
        return fx.store().items().add(inbox, new MailParser().parse(new ByteArrayInputStream(raw), Instant.now())
                .itemFor(blob.id(), List.of(CommandFixture.ADDRESS)));
    }

    private CommandResponse get(ProtocolVersion version, String name) throws Exception {
        EasRequest.Builder request = EasRequest.builder(EasCommand.GET_ATTACHMENT, version, "OLDPHONE", "TestPhone");
        if (name != null) {
            request.parameter(RequestParameter.ATTACHMENT_NAME, name);
        }
        return fx.run(new GetAttachmentProcessor(fx.store()), request.build(), null);
    }

    private static byte[] body(CommandResponse response) throws Exception {
        assertThat(response.kind()).isEqualTo(CommandResponse.Kind.STREAM);
        try (InputStream in = response.source().open()) {
            byte[] bytes = in.readAllBytes();
            assertThat((long) bytes.length).isEqualTo(response.length());
            return bytes;
        }
    }

    @Test
    void aDeliveredAttachmentIsStreamedRawWithItsContentType() throws Exception {
        Item item = deliver();
        for (ProtocolVersion v : List.of(ProtocolVersion.V2_5, ProtocolVersion.V12_0, ProtocolVersion.V12_1)) {
            CommandResponse response = get(v, item.id() + ":0");
            assertThat(response.httpStatus()).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("application/pdf");
            assertThat(body(response)).as(v.headerValue()).isEqualTo(pdf);
        }
    }

    @Test
    void anAttachmentWithItsOwnBlob() throws Exception {
        byte[] png = "not really a png".getBytes(StandardCharsets.US_ASCII);
        BlobInfo blob = fx.store().blobs().put(new ByteArrayInputStream(png));
        Item item = fx.store().items().add(inbox, new ItemContent(ItemClass.EMAIL, PropertyMap.EMPTY, null, null,
                List.of(Attachment.file("p.png", "image/png", png.length, blob.id()))));
        CommandResponse response = get(ProtocolVersion.V12_1, item.id() + ":0");
        assertThat(response.contentType()).isEqualTo("image/png");
        assertThat(body(response)).isEqualTo(png);
    }

    @Test
    void unknownReferencesAre500AndAMissingNameIs400() throws Exception {
        Item item = deliver();
        long eve = fx.store().accounts().create(new NewAccount("eve", "pw-eve-123", "Eve", List.of("eve@example.org"),
                PropertyMap.EMPTY)).id();
        long evesInbox = fx.store().folders().findByType(eve, FolderType.INBOX).orElseThrow().id();
        Item evesItem = fx.store().items().add(evesInbox, item.content());
        for (String name : List.of(item.id() + ":1", "x", "99999:0", evesItem.id() + ":0", ":", "1:-1")) {
            CommandResponse response = get(ProtocolVersion.V12_1, name);
            assertThat(response.kind()).as(name).isEqualTo(CommandResponse.Kind.STATUS);
            assertThat(response.httpStatus()).as(name).isEqualTo(500);
        }
        assertThat(get(ProtocolVersion.V12_1, null).httpStatus()).isEqualTo(400);
        fx.store().items().delete(item.id());
        assertThat(get(ProtocolVersion.V12_1, item.id() + ":0").httpStatus()).as("deleted").isEqualTo(500);
    }
}
