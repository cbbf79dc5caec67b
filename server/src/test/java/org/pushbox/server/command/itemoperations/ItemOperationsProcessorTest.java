package org.pushbox.server.command.itemoperations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.itemoperations.ItemOperationsCodec;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.FetchOptions;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;

/** ItemOperations against a real H2 store, with mail delivered through the mail module's parser. */
class ItemOperationsProcessorTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;
    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");
    private static final Tag TYPE = CodePages.require("AirSyncBase", "Type");
    private static final Tag DATA = CodePages.require("AirSyncBase", "Data");
    private static final Tag SUBJECT = CodePages.require("Email", "Subject");
    private static final Tag CONTENT_TYPE = CodePages.require("AirSyncBase", "ContentType");
    private static final Tag RANGE = CodePages.require("ItemOperations", "Range");
    private static final Tag TOTAL = CodePages.require("ItemOperations", "Total");

    @TempDir
    Path dir;
    private CommandFixture fx;
    private Folder inbox;
    private final byte[] pdf = pattern(3000);

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir);
        inbox = fx.store().folders().findByType(fx.account().id(), FolderType.INBOX).orElseThrow();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static byte[] pattern(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private String mime() {
        return "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: Report\r\n"
                + "Date: Sun, 1 Mar 2026 10:00:00 +0000\r\nMessage-ID: <r1@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease read the report.\r\n--b1\r\n"
                + "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"report.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(pdf)
                + "\r\n--b1--\r\n";
    }

    /** Delivers the message as the LMTP path does: MIME blob, then the parsed item. */
    private Item deliver() throws Exception {
        byte[] raw = mime().getBytes(StandardCharsets.US_ASCII);
        BlobInfo blob = fx.store().blobs().put(new ByteArrayInputStream(raw));
        ItemContent content = new MailParser().parse(new ByteArrayInputStream(raw), Instant.now())
                .itemFor(blob.id(), List.of(CommandFixture.ADDRESS));
        return fx.store().items().add(inbox.id(), content);
    }

    private ItemOperationsResponse run(ItemOperationsRequest.Operation... ops) throws Exception {
        return ItemOperationsCodec.decodeResponse(CommandFixture.document(fx.run(new ItemOperationsProcessor(
                fx.store()), EasCommand.ITEM_OPERATIONS, V, "FETCHER",
                ItemOperationsCodec.encodeRequest(new ItemOperationsRequest(List.of(ops)), V))), V);
    }

    private static FetchOptions options(Range range, Integer mimeSupport, List<BodyPreference> prefs) {
        return new FetchOptions(null, range, null, null, mimeSupport, prefs, List.of(), null);
    }

    private static ItemOperationsRequest.Fetch attachment(String ref, Range range) {
        return new ItemOperationsRequest.Fetch("Mailbox", null, null, ref, null, null,
                range == null ? null : options(range, null, List.of()), false);
    }

    private static ItemOperationsRequest.Fetch item(String store, Item item, Folder folder, FetchOptions options) {
        return new ItemOperationsRequest.Fetch(store, Long.toString(folder.id()), Long.toString(item.id()), null, null,
                null, options, false);
    }

    private static FetchResult only(ItemOperationsResponse response) {
        assertThat(response.status()).isEqualTo(ItemOperationsStatus.SUCCESS);
        assertThat(response.results()).hasSize(1);
        return (FetchResult) response.results().get(0);
    }

    @Test
    void fetchesADeliveredAttachmentWholeAndByRange() throws Exception {
        Item item = deliver();
        assertThat(item.content().attachments()).hasSize(1);
        String ref = item.id() + ":0";

        FetchResult whole = only(run(attachment(ref, null)));
        assertThat(whole.status()).isEqualTo(ItemOperationsStatus.SUCCESS);
        assertThat(whole.fileReference()).isEqualTo(ref);
        assertThat(whole.properties().data()).isEqualTo(pdf);
        assertThat(whole.properties().property(CONTENT_TYPE).text()).isEqualTo("application/pdf");
        assertThat(whole.properties().property(RANGE)).isNull();

        FetchResult part = only(run(attachment(ref, new Range(1000, 1099))));
        assertThat(part.properties().data()).isEqualTo(Arrays.copyOfRange(pdf, 1000, 1100));
        assertThat(part.properties().property(RANGE).text()).isEqualTo("1000-1099");
        assertThat(part.properties().property(TOTAL).text()).isEqualTo("3000");

        // A range past the end is cut to what exists; the returned Range says so.
        FetchResult tail = only(run(attachment(ref, new Range(2990, 5000))));
        assertThat(tail.properties().data()).isEqualTo(Arrays.copyOfRange(pdf, 2990, 3000));
        assertThat(tail.properties().property(RANGE).text()).isEqualTo("2990-2999");
    }

    @Test
    void aRangeStartingAfterTheEndIsStatus8() throws Exception {
        Item item = deliver();
        assertThat(only(run(attachment(item.id() + ":0", new Range(3000, 3010)))).status())
                .isEqualTo(ItemOperationsStatus.INVALID_BYTE_RANGE);
    }

    @Test
    void unknownFileReferencesAreStatus15EachInItsOwnResult() throws Exception {
        Item item = deliver();
        long otherAccountItem = fx.store().items().add(fx.store().folders().findByType(
                fx.store().accounts().create(new org.pushbox.storage.api.NewAccount("eve", "pw-123456", "Eve",
                        List.of("eve@example.org"), PropertyMap.EMPTY)).id(), FolderType.INBOX).orElseThrow().id(),
                new MailParser().parse(new ByteArrayInputStream(mime().getBytes(StandardCharsets.US_ASCII)),
                        Instant.now()).itemFor(null, List.of())).id();

        ItemOperationsResponse response = run(attachment(item.id() + ":1", null), attachment("nonsense", null),
                attachment("99999:0", null), attachment(otherAccountItem + ":0", null),
                attachment(item.id() + ":0", null));

        assertThat(response.results()).extracting(ItemOperationsResponse.Result::status).containsExactly(
                ItemOperationsStatus.INVALID_ATTACHMENT_ID, ItemOperationsStatus.INVALID_ATTACHMENT_ID,
                ItemOperationsStatus.INVALID_ATTACHMENT_ID, ItemOperationsStatus.INVALID_ATTACHMENT_ID,
                ItemOperationsStatus.SUCCESS);
    }

    @Test
    void fetchesAnItemWithTheBodyItAsksFor() throws Exception {
        Item item = deliver();

        FetchResult text = only(run(item("Mailbox", item, inbox, options(null, null,
                List.of(new BodyPreference(1, null, null, null))))));
        assertThat(text.status()).isEqualTo(ItemOperationsStatus.SUCCESS);
        assertThat(text.serverId()).isEqualTo(Long.toString(item.id()));
        assertThat(text.properties().property(SUBJECT).text()).isEqualTo("Report");
        WbxmlElement body = text.properties().property(BODY);
        assertThat(body.child(TYPE).text()).isEqualTo("1");
        assertThat(body.child(DATA).textOrOpaqueAsString()).contains("Please read the report.");

        FetchResult mime = only(run(item("Mailbox", item, inbox, options(null, 2,
                List.of(new BodyPreference(4, null, null, null))))));
        WbxmlElement mimeBody = mime.properties().property(BODY);
        assertThat(mimeBody.child(TYPE).text()).isEqualTo("4");
        assertThat(mimeBody.child(DATA).textOrOpaqueAsString()).contains("Subject: Report", "filename=\"report.pdf\"");
    }

    @Test
    void fetchFailuresNameTheirStatus() throws Exception {
        Item item = deliver();
        Folder sent = fx.store().folders().findByType(fx.account().id(), FolderType.SENT_ITEMS).orElseThrow();

        ItemOperationsResponse response = run(item("Mailbox", item, sent, null),
                item("DocumentLibrary", item, inbox, null),
                new ItemOperationsRequest.Fetch("Mailbox", "x", "y", null, null, null, null, false));

        assertThat(response.results()).extracting(ItemOperationsResponse.Result::status).containsExactly(
                ItemOperationsStatus.OBJECT_NOT_FOUND, ItemOperationsStatus.UNKNOWN_STORE,
                ItemOperationsStatus.OBJECT_NOT_FOUND);
    }

    @Test
    void emptiesAFolderAndOnlyWithDeleteSubFoldersItsSubfolders() throws Exception {
        Folder deleted = fx.store().folders().findByType(fx.account().id(), FolderType.DELETED_ITEMS).orElseThrow();
        Folder child = fx.store().folders().create(fx.account().id(), deleted.id(), "Old", FolderType.USER_MAIL);
        fx.store().items().add(deleted.id(), plain("one"));
        fx.store().items().add(deleted.id(), plain("two"));
        Item kept = fx.store().items().add(inbox.id(), plain("kept"));

        ItemOperationsResponse first = run(new ItemOperationsRequest.EmptyFolderContents(Long.toString(deleted.id()),
                false));
        assertThat(first.results().get(0).status()).isEqualTo(ItemOperationsStatus.SUCCESS);
        assertThat(fx.store().items().count(deleted.id())).isZero();
        assertThat(fx.store().folders().get(child.id())).isPresent();
        assertThat(fx.store().items().get(kept.id())).isPresent();

        run(new ItemOperationsRequest.EmptyFolderContents(Long.toString(deleted.id()), true));
        assertThat(fx.store().folders().get(child.id())).isEmpty();
        assertThat(fx.store().folders().get(deleted.id())).isPresent();

        assertThat(run(new ItemOperationsRequest.EmptyFolderContents("424242", false)).results().get(0).status())
                .isEqualTo(ItemOperationsStatus.OBJECT_NOT_FOUND);
    }

    @Test
    void movesAWholeConversation() throws Exception {
        Folder archive = fx.store().folders().create(fx.account().id(), Folder.ROOT, "Archive", FolderType.USER_MAIL);
        Folder sent = fx.store().folders().findByType(fx.account().id(), FolderType.SENT_ITEMS).orElseThrow();
        byte[] conversation = pattern(16);
        Item a = fx.store().items().add(inbox.id(), inConversation("a", conversation));
        Item b = fx.store().items().add(sent.id(), inConversation("b", conversation));
        Item other = fx.store().items().add(inbox.id(), inConversation("c", pattern(15)));

        ItemOperationsResponse response = run(new ItemOperationsRequest.Move(Bytes.of(conversation),
                Long.toString(archive.id()), false), new ItemOperationsRequest.Move(Bytes.of(pattern(17)),
                Long.toString(archive.id()), false));

        assertThat(response.results()).extracting(ItemOperationsResponse.Result::status)
                .containsExactly(ItemOperationsStatus.SUCCESS, ItemOperationsStatus.OBJECT_NOT_FOUND);
        assertThat(fx.store().items().get(a.id()).orElseThrow().folderId()).isEqualTo(archive.id());
        assertThat(fx.store().items().get(b.id()).orElseThrow().folderId()).isEqualTo(archive.id());
        assertThat(fx.store().items().get(other.id()).orElseThrow().folderId()).isEqualTo(inbox.id());
    }

    private static ItemContent plain(String subject) {
        return inConversation(subject, null);
    }

    private static ItemContent inConversation(String subject, byte[] conversation) {
        PropertyMap.Builder p = PropertyMap.builder().text(EmailProperty.SUBJECT, subject)
                .time(EmailProperty.DATE_RECEIVED, Instant.now());
        if (conversation != null) {
            p.bytes(EmailProperty.CONVERSATION_ID, conversation);
        }
        return new ItemContent(ItemClass.EMAIL, p.build(), null, subject, List.of());
    }
}
