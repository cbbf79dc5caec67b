package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.sync.SyncHarness.collection;
import static org.pushbox.server.command.sync.SyncHarness.only;
import static org.pushbox.server.command.sync.SyncHarness.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Email;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** Mail stored with its MIME only (no body text): the text a device asks for is decoded from the MIME. */
class MimeOnlyBodyTest {

    /** Latin-1, quoted-printable, plain and HTML alternatives: "Grüße" must come out decoded. */
    static final String ALTERNATIVE = """
            From: Bob <bob@example.org>\r
            To: anna@example.org\r
            Subject: MIME only\r
            MIME-Version: 1.0\r
            Content-Type: multipart/alternative; boundary="b1"\r
            \r
            --b1\r
            Content-Type: text/plain; charset=iso-8859-1\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            Gr=FC=DFe aus Berlin, Anna.\r
            --b1\r
            Content-Type: text/html; charset=iso-8859-1\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            <html><body><p>Gr=FC=DFe aus <b>Berlin</b>, Anna.</p></body></html>\r
            --b1--\r
            """;

    @TempDir
    Path dir;
    MailboxStore store;
    SyncHarness h;
    Folder inbox;
    String key;

    @BeforeEach
    void open() throws Exception {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        h = new SyncHarness(store);
        inbox = h.folder(FolderType.INBOX);
        key = only(h.sync(request(collection("0", inbox, null, null)))).syncKey();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Item mimeOnly(String mime, String preview) throws Exception {
        var blob = store.blobs().put(new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
        return store.items().add(inbox.id(), new ItemContent(ItemClass.EMAIL,
                PropertyMap.builder().text(EmailProperty.SUBJECT, "MIME only").build(), blob.id(), preview, List.of()));
    }

    /** Fetches the item with one BodyPreference (none: the 12.1 default) and the MIMESupport given. */
    private Body fetch(Item item, BodyPreference preference, Integer mimeSupport) throws Exception {
        SyncOptions options = new SyncOptions(null, null, preference == null ? List.of() : List.of(preference),
                List.of(), mimeSupport, null, null, null, null);
        SyncResponse.CollectionResponse r = only(h.sync(request(new SyncRequest.Collection(key,
                Long.toString(inbox.id()), null, null, null, false, null, false, List.of(options),
                List.of(new SyncRequest.Fetch(Long.toString(item.id())))))));
        key = r.syncKey();
        SyncResponse.FetchResult fetched = (SyncResponse.FetchResult) r.responses().get(0);
        return Email.decode(fetched.data().element(), SyncHarness.V14_1).get(Email.BODY);
    }

    @Test
    void htmlAndPlainTextComeFromTheMimeWithTruncationAndTheWholeSize() throws Exception {
        Item item = mimeOnly(ALTERNATIVE, "preview only");
        String html = "<html><body><p>Grüße aus <b>Berlin</b>, Anna.</p></body></html>";
        Body whole = fetch(item, new BodyPreference(Body.HTML, null, null, null), null);
        assertThat(whole.get(Body.TYPE)).isEqualTo(Body.HTML);
        assertThat(whole.get(Body.DATA)).isEqualTo(html);
        assertThat(whole.get(Body.TRUNCATED)).isNotEqualTo(Boolean.TRUE);

        Body cut = fetch(item, new BodyPreference(Body.HTML, 20L, null, null), null);
        assertThat(cut.get(Body.TRUNCATED)).isTrue();
        assertThat(cut.get(Body.DATA)).isEqualTo("<html><body><p>Grü"); // 20 bytes: ü is two
        assertThat(cut.get(Body.ESTIMATED_DATA_SIZE)).isEqualTo((long) html.getBytes(StandardCharsets.UTF_8).length);

        Body plain = fetch(item, new BodyPreference(Body.PLAIN_TEXT, null, null, 5), null);
        assertThat(plain.get(Body.TYPE)).isEqualTo(Body.PLAIN_TEXT);
        assertThat(plain.get(Body.DATA)).contains("Grüße aus Berlin, Anna.").doesNotContain("<");
        assertThat(plain.get(Body.PREVIEW)).isEqualTo("Grüße");

        Body mime = fetch(item, new BodyPreference(Body.MIME, null, null, null), 2);
        assertThat(mime.get(Body.TYPE)).isEqualTo(Body.MIME);
        assertThat(mime.get(Body.DATA)).isEqualTo(ALTERNATIVE);
    }

    @Test
    void withoutPreferencesThePlainPartIsSentWhole() throws Exception {
        Item item = mimeOnly("Subject: plain\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJust text 😀\r\n",
                null);
        Body body = fetch(item, null, null);
        assertThat(body.get(Body.TYPE)).isEqualTo(Body.PLAIN_TEXT);
        assertThat(body.get(Body.DATA)).isEqualTo("Just text 😀\r\n");
    }

    @Test
    void aTextLongerThanTheDecodingBoundIsSentAsTruncatedWithItsWholeSize() throws Exception {
        int chars = MailParser.MAX_BODY_CHARS + 1000;
        Item item = mimeOnly("Subject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "ä".repeat(chars),
                null);
        Body body = fetch(item, new BodyPreference(Body.PLAIN_TEXT, null, null, null), null);
        assertThat(body.get(Body.TRUNCATED)).isTrue();
        assertThat(body.get(Body.ESTIMATED_DATA_SIZE)).isEqualTo(2L * chars);
        assertThat(body.get(Body.DATA)).hasSize(MailParser.MAX_BODY_CHARS);
    }

    @Test
    void aMessageWithoutTextFallsBackToThePreview() throws Exception {
        Item item = mimeOnly("Subject: x\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n", "from ingest");
        Body body = fetch(item, new BodyPreference(Body.PLAIN_TEXT, null, null, null), null);
        assertThat(body.get(Body.DATA)).isEqualTo("from ingest");
    }
}
