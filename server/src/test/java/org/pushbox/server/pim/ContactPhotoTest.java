package org.pushbox.server.pim;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Photo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.model.Contact;
import org.pushbox.storage.api.ContactProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.PropertyValue;

/** vCard PHOTO to the contact Picture (a blob, as a device's Add stores it) and back, in 2.1, 3.0 and 4.0. */
class ContactPhotoTest extends PimStoreFixture {

    static final ZoneId UTC = ZoneId.of("UTC");
    /** A JPEG's start (SOI, APP0 "JFIF") and bytes of every value, so any mangling of the data shows. */
    static final byte[] JPEG = image(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F');
    static final byte[] PNG = image(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');

    static byte[] image(int... signature) {
        byte[] data = new byte[signature.length + 512];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i < signature.length ? signature[i] : i * 7);
        }
        return data;
    }

    /** A vCard with an embedded photo the way each version's producers write it. */
    static String vcard(VCardVersion version, byte[] photo) {
        String b64 = Base64.getEncoder().encodeToString(photo);
        String line = switch (version) {
            case V2_1 -> "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + b64 + "\r\n";
            case V3_0 -> "PHOTO;ENCODING=b;TYPE=JPEG:" + b64;
            case V4_0 -> "PHOTO:data:image/jpeg;base64," + b64;
        };
        return "BEGIN:VCARD\r\nVERSION:" + version.getVersion() + "\r\nN:Photo;Paula;;;\r\nFN:Paula Photo\r\n"
                + "UID:paula-1\r\n" + line + "\r\nEND:VCARD\r\n";
    }

    private Item only() {
        List<Item> items = s.items(PimKind.CONTACTS);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String extra(Item item) {
        return item.properties().asMap().get(PimKeys.VCARD_EXTRA) instanceof PropertyValue.Text t ? t.value() : "";
    }

    private static List<Photo> photos(String vcf) {
        return Ezvcard.parse(vcf).first().getPhotos();
    }

    @ParameterizedTest
    @EnumSource(VCardVersion.class)
    void anEmbeddedPhotoBecomesThePictureBlob(VCardVersion version) throws Exception {
        ImportReport report = s.importText(PimKind.CONTACTS, vcard(version, JPEG), UTC);
        assertThat(report.failures()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        Item item = only();
        // Stored as a device's Add stores it: a blob reference, the bytes in the blob store.
        assertThat(item.properties().asMap().get(ContactProperty.PICTURE.key())).isInstanceOf(PropertyValue.Blob.class);
        Contact c = s.<Contact>models(PimKind.CONTACTS).get(0);
        assertThat(c.get(Contact.PICTURE)).isEqualTo(Bytes.of(JPEG));
        // Mapped, so not kept a second time for export.
        assertThat(extra(item)).doesNotContain("PHOTO");
    }

    @ParameterizedTest
    @EnumSource(VCardVersion.class)
    void thePictureExportsAsAnEmbeddedPhotoOfTheRequestedVersion(VCardVersion version) throws Exception {
        s.importText(PimKind.CONTACTS, vcard(VCardVersion.V3_0, JPEG), UTC);
        String vcf = s.export(PimKind.CONTACTS, version);
        List<Photo> photos = photos(vcf);
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).getData()).isEqualTo(JPEG);
        String unfolded = vcf.replace("\r\n ", "");
        switch (version) {
            case V2_1 -> assertThat(unfolded).containsIgnoringCase("PHOTO;ENCODING=BASE64;TYPE=JPEG:");
            case V3_0 -> assertThat(unfolded).containsIgnoringCase("PHOTO;ENCODING=b;TYPE=jpeg:");
            case V4_0 -> assertThat(unfolded).contains("PHOTO:data:image/jpeg;base64,"
                    + Base64.getEncoder().encodeToString(JPEG));
        }
    }

    @Test
    void theExportedTypeComesFromTheImageBytes() throws Exception {
        s.importText(PimKind.CONTACTS, vcard(VCardVersion.V4_0, PNG), UTC); // labelled JPEG, is a PNG
        assertThat(s.export(PimKind.CONTACTS, VCardVersion.V4_0).replace("\r\n ", ""))
                .contains("PHOTO:data:image/png;base64,");
        Photo photo = photos(s.export(PimKind.CONTACTS, VCardVersion.V3_0)).get(0);
        assertThat(photo.getContentType().getValue()).isEqualToIgnoringCase("png");
        assertThat(photo.getData()).isEqualTo(PNG);
    }

    @ParameterizedTest
    @EnumSource(VCardVersion.class)
    void exportImportExportIsStable(VCardVersion version) throws Exception {
        s.importText(PimKind.CONTACTS, vcard(version, JPEG), UTC);
        String first = s.export(PimKind.CONTACTS, version);
        ImportReport again = s.importText(PimKind.CONTACTS, first, UTC);
        assertThat(again.updatedCount()).isEqualTo(1);
        assertThat(s.export(PimKind.CONTACTS, version)).isEqualTo(first);
        assertThat(photos(first)).hasSize(1);
    }

    @Test
    void aPhotoOverTheLimitIsKeptRawWithAWarning() throws Exception {
        String text = vcard(VCardVersion.V3_0, JPEG) + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Plain;Pete;;;\r\n"
                + "FN:Pete Plain\r\nEND:VCARD\r\n";
        ImportReport report = new PimImporter(s.store, JPEG.length - 1).run(s.anna, PimKind.CONTACTS, null,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), UTC, PimImporter.Progress.NONE);
        assertThat(report.failures()).isEmpty();
        assertThat(report.importedCount()).isEqualTo(2);
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("PHOTO of " + JPEG.length + " bytes", "pim.contact-picture-max-bytes");
        });
        assertThat(report.summary()).contains("1 with warnings");
        assertThat(report.exitCode()).isZero();
        Item paula = s.items(PimKind.CONTACTS).stream().filter(i -> extra(i).contains("PHOTO")).findFirst()
                .orElseThrow();
        assertThat(paula.properties().asMap()).doesNotContainKey(ContactProperty.PICTURE.key());
        assertThat(s.<Contact>models(PimKind.CONTACTS)).allSatisfy(c -> assertThat(c.has(Contact.PICTURE)).isFalse());
        // The kept PHOTO still exports, once, with its bytes.
        List<Photo> photos = Ezvcard.parse(s.export(PimKind.CONTACTS, VCardVersion.V3_0)).all().stream()
                .flatMap(c -> c.getPhotos().stream()).toList();
        assertThat(photos).singleElement().satisfies(p -> assertThat(p.getData()).isEqualTo(JPEG));
    }

    @Test
    void aPhotoByUrlStaysKept() throws Exception {
        s.importText(PimKind.CONTACTS, "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Url;Uma;;;\r\nFN:Uma Url\r\n"
                + "PHOTO:https://example.org/uma.jpg\r\nEND:VCARD\r\n", UTC);
        Item item = only();
        assertThat(item.properties().asMap()).doesNotContainKey(ContactProperty.PICTURE.key());
        assertThat(extra(item)).contains("PHOTO").contains(":https://example.org/uma.jpg");
        VCard out = Ezvcard.parse(s.export(PimKind.CONTACTS, VCardVersion.V4_0)).first();
        assertThat(out.getPhotos()).singleElement().satisfies(p -> assertThat(p.getUrl())
                .isEqualTo("https://example.org/uma.jpg"));
    }

    @Test
    void twoPhotosMapTheFirstAndKeepTheSecond() throws Exception {
        String both = vcard(VCardVersion.V3_0, JPEG).replace("END:VCARD",
                "PHOTO;ENCODING=b;TYPE=PNG:" + Base64.getEncoder().encodeToString(PNG) + "\r\nEND:VCARD");
        s.importText(PimKind.CONTACTS, both, UTC);
        assertThat(s.<Contact>models(PimKind.CONTACTS).get(0).get(Contact.PICTURE)).isEqualTo(Bytes.of(JPEG));
        String vcf = s.export(PimKind.CONTACTS, VCardVersion.V3_0);
        assertThat(photos(vcf)).extracting(Photo::getData).containsExactly(JPEG, PNG);
        assertThat(vcf).doesNotContain("X-PUSHBOX");
    }
}
