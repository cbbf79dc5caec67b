package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCardVersion;
import ezvcard.property.Photo;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.EncodeOptions;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.pim.ImportReport;
import org.pushbox.server.pim.PimExporter;
import org.pushbox.server.pim.PimImporter;
import org.pushbox.server.pim.PimKind;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StorageConfig;

/**
 * A vCard PHOTO and the contact Picture across the real Sync path: an imported photo is what 14.1 and
 * 16.1 devices read back, a picture a device sets exports as PHOTO, and it wins over a PHOTO kept raw.
 */
class PimPhotoSyncTest {

    static final byte[] JPEG = image(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F');
    static final byte[] PNG = image(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');

    @TempDir
    Path dir;
    MailboxStore store;
    SyncHarness h;
    Folder contacts;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        h = new SyncHarness(store);
        contacts = h.folder(PimKind.CONTACTS.defaultFolder());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static byte[] image(int... signature) {
        byte[] data = new byte[signature.length + 2048];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i < signature.length ? signature[i] : i * 13);
        }
        return data;
    }

    /** One device of the account, syncing the Contacts folder. */
    final class Phone {
        final Device device;
        final ProtocolVersion version;
        String key = "0";

        Phone(String id, ProtocolVersion version) {
            this.device = store.devices().register(h.anna.id(), id, DeviceInfo.of("Phone", "Phone/" + version));
            this.version = version;
        }

        SyncResponse.CollectionResponse sync(SyncRequest.ClientCommand... commands) throws Exception {
            SyncRequest.Collection c = new SyncRequest.Collection(key, Long.toString(contacts.id()), null, null, null,
                    key.equals("0") ? null : true, 500, false, List.of(), List.of(commands));
            SyncResponse response = SyncHarness.decode(h.send(SyncHarness.request(c), version, device), version);
            if (response == null) {
                return null;
            }
            SyncResponse.CollectionResponse r = SyncHarness.only(response);
            assertThat(r.status()).isEqualTo(SyncStatus.SUCCESS);
            key = r.syncKey();
            return r;
        }

        /** The contacts of a first sync, as the device decodes them. */
        List<SyncResponse.Add> firstSync() throws Exception {
            sync();
            return sync().commands().stream().map(SyncResponse.Add.class::cast).toList();
        }

        ApplicationData data(Contact contact) {
            return new ApplicationData(contact.encode(version, EncodeOptions.TO_SERVER));
        }
    }

    private ImportReport importPhoto(int pictureMaxBytes) throws Exception {
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Photo;Paula;;;\r\nFN:Paula Photo\r\nUID:paula-1\r\n"
                + "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(JPEG) + "\r\nEND:VCARD\r\n";
        return new PimImporter(store, pictureMaxBytes).run(h.anna, PimKind.CONTACTS, null,
                new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), ZoneOffset.UTC,
                PimImporter.Progress.NONE);
    }

    private List<Photo> exportedPhotos(VCardVersion version) throws Exception {
        StringWriter out = new StringWriter();
        new PimExporter(store).run(h.anna, PimKind.CONTACTS, null, version, out);
        return Ezvcard.parse(out.toString()).all().stream().flatMap(c -> c.getPhotos().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14.1", "16.1"})
    void anImportedPhotoIsThePictureDevicesRead(String versionText) throws Exception {
        assertThat(importPhoto(5 << 20).warnings()).isEmpty();
        Phone phone = new Phone("PHOTO" + versionText.replace(".", ""),
                ProtocolVersion.fromHeader(versionText).orElseThrow());
        List<SyncResponse.Add> adds = phone.firstSync();
        assertThat(adds).hasSize(1);
        Contact read = Contact.decode(adds.get(0).data().element(), phone.version);
        assertThat(read.get(Contact.LAST_NAME)).isEqualTo("Photo");
        assertThat(read.get(Contact.PICTURE)).isEqualTo(Bytes.of(JPEG));
    }

    @Test
    void aPictureSetOnADeviceExportsAsAnEmbeddedPhoto() throws Exception {
        Phone phone = new Phone("SETTER", ProtocolVersion.V16_1);
        phone.sync();
        SyncResponse.CollectionResponse r = phone.sync(new SyncRequest.Add(null, "c1",
                phone.data(Contact.EMPTY.with(Contact.LAST_NAME, "Device").with(Contact.PICTURE, Bytes.of(PNG)))));
        assertThat(r.responses()).singleElement().isInstanceOf(SyncResponse.AddResult.class);
        for (VCardVersion version : VCardVersion.values()) {
            assertThat(exportedPhotos(version)).as("%s", version).singleElement().satisfies(p -> {
                assertThat(p.getData()).isEqualTo(PNG);
                assertThat(p.getContentType().getMediaType()).isEqualTo("image/png");
            });
        }
    }

    @Test
    void aPictureSetOnADeviceWinsOverAPhotoKeptRaw() throws Exception {
        ImportReport report = importPhoto(JPEG.length - 1);
        assertThat(report.warnings()).hasSize(1);
        assertThat(exportedPhotos(VCardVersion.V3_0)).singleElement()
                .satisfies(p -> assertThat(p.getData()).isEqualTo(JPEG));
        Phone phone = new Phone("CHANGER", ProtocolVersion.V14_1);
        SyncResponse.Add add = phone.firstSync().get(0);
        assertThat(Contact.decode(add.data().element(), phone.version).has(Contact.PICTURE)).isFalse();
        phone.sync(new SyncRequest.Change(null, add.serverId(), null,
                phone.data(Contact.EMPTY.with(Contact.PICTURE, Bytes.of(PNG)))));
        assertThat(exportedPhotos(VCardVersion.V3_0)).singleElement()
                .satisfies(p -> assertThat(p.getData()).isEqualTo(PNG));
    }
}
