package org.pushbox.server.command.itemoperations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.itemoperations.ItemOperationsCodec;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.FetchOptions;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;

/**
 * ItemOperations with a multi-megabyte attachment, inline and as a multipart answer. The multipart body is
 * taken apart by {@link #parse}, written here from [MS-ASCMD] 2.2.1.10.1.1 alone (not with the server's
 * writer): a little-endian PartsCount, then Offset/Length pairs, then the parts.
 */
class ItemOperationsMultiPartTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;
    private static final int SIZE = 3 * 1024 * 1024 + 17;
    private static final Tag PART = CodePages.require("ItemOperations", "Part");
    private static final Tag DATA = CodePages.require("ItemOperations", "Data");
    private static final Tag RANGE = CodePages.require("ItemOperations", "Range");
    private static final Tag TOTAL = CodePages.require("ItemOperations", "Total");
    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");
    private static final Tag BODY_DATA = CodePages.require("AirSyncBase", "Data");

    @TempDir
    Path dir;
    private CommandFixture fx;
    private Folder inbox;
    private byte[] attachment;
    private Item item;

    @BeforeEach
    void deliver() throws Exception {
        fx = new CommandFixture(dir);
        inbox = fx.store().folders().findByType(fx.account().id(), FolderType.INBOX).orElseThrow();
        attachment = new byte[SIZE];
        new Random(3).nextBytes(attachment);
        byte[] raw = ("From: a@example.org\r\nTo: bob@example.org\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "see attached\r\n--b\r\nContent-Type: application/zip\r\n"
                + "Content-Disposition: attachment; filename=\"big.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n--b--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        BlobInfo blob = fx.store().blobs().put(new ByteArrayInputStream(raw));
        item = fx.store().items().add(inbox.id(), new MailParser().parse(new ByteArrayInputStream(raw), Instant.now())
                .itemFor(blob.id(), List.of(CommandFixture.ADDRESS)));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private CommandResponse run(boolean multipart, ItemOperationsRequest.Operation... ops) throws Exception {
        EasRequest request = EasRequest.builder(EasCommand.ITEM_OPERATIONS, V, "MULTI", "TestPhone")
                .acceptMultiPart(multipart).build();
        return fx.run(new ItemOperationsProcessor(fx.store()), request,
                ItemOperationsCodec.encodeRequest(new ItemOperationsRequest(List.of(ops)), V));
    }

    private static ItemOperationsRequest.Fetch attachment(String ref, Range range) {
        return new ItemOperationsRequest.Fetch("Mailbox", null, null, ref, null, null,
                range == null ? null : new FetchOptions(null, range, null, null, null, List.of(), List.of(), null),
                false);
    }

    /** The parts of a multipart body, per the spec's layout; checks that the metadata tiles the body exactly. */
    static List<byte[]> parse(byte[] body) {
        assertThat(body.length).isGreaterThanOrEqualTo(4);
        int count = le32(body, 0);
        assertThat(count).as("PartsCount").isPositive();
        List<byte[]> parts = new ArrayList<>();
        int expectedOffset = 4 + 8 * count;
        for (int i = 0; i < count; i++) {
            int offset = le32(body, 4 + 8 * i);
            int length = le32(body, 8 + 8 * i);
            assertThat(offset).as("part %d starts where the previous ended", i).isEqualTo(expectedOffset);
            assertThat((long) offset + length).as("part %d within the body", i).isLessThanOrEqualTo(body.length);
            parts.add(Arrays.copyOfRange(body, offset, offset + length));
            expectedOffset = offset + length;
        }
        assertThat(expectedOffset).as("nothing after the last part").isEqualTo(body.length);
        return parts;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static byte[] body(CommandResponse response) throws Exception {
        assertThat(response.kind()).isEqualTo(CommandResponse.Kind.STREAM);
        assertThat(response.contentType()).isEqualTo("application/vnd.ms-sync.multipart");
        try (InputStream in = response.source().open()) {
            byte[] body = in.readAllBytes();
            assertThat((long) body.length).as("Content-Length matches the bytes").isEqualTo(response.length());
            return body;
        }
    }

    @Test
    void aMultiMegabyteAttachmentInlineIsBase64Data() throws Exception {
        CommandResponse response = run(false, attachment(item.id() + ":0", null));
        assertThat(response.kind()).isEqualTo(CommandResponse.Kind.WBXML);
        FetchResult fetch = (FetchResult) ItemOperationsCodec.decodeResponse(CommandFixture.document(response), V)
                .results().get(0);
        assertThat(fetch.properties().data()).isEqualTo(attachment);
    }

    @Test
    void aMultiMegabyteAttachmentAsAPart() throws Exception {
        List<byte[]> parts = parse(body(run(true, attachment(item.id() + ":0", null))));
        assertThat(parts).hasSize(2);
        ItemOperationsResponse response = ItemOperationsCodec.decodeResponse(Wbxml.decode(parts.get(0)), V);
        FetchResult fetch = (FetchResult) response.results().get(0);
        assertThat(fetch.status()).isEqualTo(ItemOperationsStatus.SUCCESS);
        assertThat(fetch.properties().property(DATA)).as("no inline Data").isNull();
        assertThat(fetch.properties().property(PART).text()).isEqualTo("1");
        assertThat(fetch.properties().property(TOTAL)).isNull();
        assertThat(parts.get(1)).isEqualTo(attachment);
    }

    @Test
    void rangesFailuresAndBodiesInOneMultipartAnswer() throws Exception {
        CommandResponse answer = run(true,
                attachment(item.id() + ":0", new Range(1_000_000, 1_999_999)),
                attachment(item.id() + ":7", null),
                attachment(item.id() + ":0", new Range(SIZE - 10, SIZE + 1000)),
                attachment(item.id() + ":0", new Range(SIZE, SIZE + 5)),
                new ItemOperationsRequest.Fetch("Mailbox", Long.toString(inbox.id()), Long.toString(item.id()), null,
                        null, null, new FetchOptions(null, null, null, null, null,
                                List.of(new BodyPreference(1, null, null, null)), List.of(), null), false));
        List<byte[]> parts = parse(body(answer));
        List<ItemOperationsResponse.Result> results = ItemOperationsCodec.decodeResponse(Wbxml.decode(parts.get(0)), V)
                .results();
        assertThat(results).extracting(ItemOperationsResponse.Result::status).containsExactly(
                ItemOperationsStatus.SUCCESS, ItemOperationsStatus.INVALID_ATTACHMENT_ID, ItemOperationsStatus.SUCCESS,
                ItemOperationsStatus.INVALID_BYTE_RANGE, ItemOperationsStatus.SUCCESS);
        assertThat(parts).as("WBXML, two ranges, one body").hasSize(4);

        FetchResult first = (FetchResult) results.get(0);
        assertThat(first.properties().property(PART).text()).isEqualTo("1");
        assertThat(first.properties().property(RANGE).text()).isEqualTo("1000000-1999999");
        assertThat(first.properties().property(TOTAL).text()).isEqualTo(Integer.toString(SIZE));
        assertThat(parts.get(1)).isEqualTo(Arrays.copyOfRange(attachment, 1_000_000, 2_000_000));

        FetchResult tail = (FetchResult) results.get(2);
        assertThat(tail.properties().property(PART).text()).isEqualTo("2");
        assertThat(tail.properties().property(RANGE).text()).isEqualTo((SIZE - 10) + "-" + (SIZE - 1));
        assertThat(parts.get(2)).isEqualTo(Arrays.copyOfRange(attachment, SIZE - 10, SIZE));

        WbxmlElement body = ((FetchResult) results.get(4)).properties().property(BODY);
        assertThat(body.child(BODY_DATA)).as("the body's Data became a Part").isNull();
        assertThat(body.child(PART).text()).isEqualTo("3");
        assertThat(new String(parts.get(3), StandardCharsets.UTF_8)).contains("see attached");
    }
}
