package org.pushbox.server.pim;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.VCardVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Contact;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.PropertyValue;

/** vCards as Google Contacts, Apple Contacts, Outlook and a vCard 4.0 producer write them, into contacts. */
class ContactImportTest extends PimStoreFixture {

    private Contact only(String file, String lastName) throws Exception {
        ImportReport report = s.importResource(PimKind.CONTACTS, file, BERLIN);
        assertThat(report.failures()).isEmpty();
        List<Contact> all = s.models(PimKind.CONTACTS);
        return all.stream().filter(c -> lastName.equals(c.get(Contact.LAST_NAME))).findFirst().orElseThrow();
    }

    private String extra(String lastName) {
        for (Item item : s.items(PimKind.CONTACTS)) {
            if (item.properties().asMap().get("lastName") instanceof PropertyValue.Text t && t.value().equals(lastName)) {
                return item.properties().asMap().get(PimKeys.VCARD_EXTRA) instanceof PropertyValue.Text x ? x.value()
                        : "";
            }
        }
        throw new AssertionError("no contact " + lastName);
    }

    @Test
    void googleContacts() throws Exception {
        Contact c = only("google-contacts.vcf", "Schmidt");
        assertThat(c.get(Contact.FIRST_NAME)).isEqualTo("Anna");
        assertThat(c.get(Contact.MIDDLE_NAME)).isEqualTo("Maria");
        assertThat(c.get(Contact.TITLE)).isEqualTo("Dr.");
        assertThat(c.get(Contact.FILE_AS)).isEqualTo("Anna Schmidt");
        assertThat(c.get(Contact.NICK_NAME)).isEqualTo("Anni");
        // item1.EMAIL (Google's labelled address) is the second; the fourth address does not fit EAS.
        assertThat(List.of(c.get(Contact.EMAIL1_ADDRESS), c.get(Contact.EMAIL2_ADDRESS), c.get(Contact.EMAIL3_ADDRESS)))
                .containsExactly("anna.schmidt@example.org", "anna@work.example.com", "anni@example.net");
        assertThat(c.get(Contact.MOBILE_PHONE_NUMBER)).isEqualTo("+49 170 1234567");
        assertThat(c.get(Contact.BUSINESS_PHONE_NUMBER)).isEqualTo("+49 30 1234-0");
        assertThat(c.get(Contact.HOME_PHONE_NUMBER)).isEqualTo("+49 30 7654321");
        assertThat(c.get(Contact.HOME2_PHONE_NUMBER)).isEqualTo("+49 30 555 000");
        assertThat(c.get(Contact.HOME_ADDRESS_STREET)).isEqualTo("Hauptstraße 5");
        assertThat(c.get(Contact.HOME_ADDRESS_CITY)).isEqualTo("Berlin");
        assertThat(c.get(Contact.OTHER_ADDRESS_STREET)).isEqualTo("Unter den Linden 1");
        assertThat(c.get(Contact.COMPANY_NAME)).isEqualTo("Example GmbH");
        assertThat(c.get(Contact.DEPARTMENT)).isEqualTo("Research");
        assertThat(c.get(Contact.JOB_TITLE)).isEqualTo("Principal Scientist");
        assertThat(c.get(Contact.WEB_PAGE)).isEqualTo("https://anna.example.org");
        assertThat(c.get(Contact.BIRTHDAY)).isEqualTo(Instant.parse("1985-04-23T12:00:00Z"));
        assertThat(c.get(Contact.CATEGORIES)).containsExactly("myContacts", "Friends");
        assertThat(c.get(Contact.BODY).get(Body.DATA)).isEqualTo("Met at the 2019 conference.\nLikes tea, not coffee.");
        assertThat(extra("Schmidt")).contains("old-address@example.org", "item1.X-ABLabel:Work",
                "X-GOOGLE-TALK:anna.schmidt@gmail.com", "X-GOOGLE-CUSTOM-FIELD");
        // The label still names its address, phone, address and URL on export.
        assertThat(s.export(PimKind.CONTACTS, VCardVersion.V3_0)).contains("item1.EMAIL:anna@work.example.com",
                "item1.X-ABLabel:Work", "item2.TEL;TYPE=home:+49 30 555 000", "item3.ADR:;;Unter den Linden 1",
                "item4.URL:https://anna.example.org").doesNotContain("X-PUSHBOX-GROUP");
    }

    @Test
    void appleContacts() throws Exception {
        Contact c = only("apple-contacts.vcf", "Appleseed");
        assertThat(c.get(Contact.YOMI_FIRST_NAME)).isEqualTo("Jonny");
        assertThat(c.get(Contact.YOMI_LAST_NAME)).isEqualTo("Applsiid");
        assertThat(c.get(Contact.EMAIL1_ADDRESS)).isEqualTo("johnny@example.com");
        assertThat(c.get(Contact.MOBILE_PHONE_NUMBER)).isEqualTo("+1 (408) 555-0101");
        assertThat(c.get(Contact.COMPANY_MAIN_PHONE)).isEqualTo("+1 (408) 996-1010");
        assertThat(c.get(Contact.HOME_ADDRESS_POSTAL_CODE)).isEqualTo("95014");
        // BDAY:--0315 has no year: stored with Apple's 1604.
        assertThat(c.get(Contact.BIRTHDAY)).isEqualTo(Instant.parse("1604-03-15T12:00:00Z"));
        assertThat(extra("Appleseed")).contains("X-ABUID:5AD380FD", "item3.X-ABDATE", "_$!<Anniversary>!$_",
                "item4.X-ABRELATEDNAMES", "TEL;TYPE=IPHONE,CELL,VOICE:+1 (408) 555-0102").doesNotContain("PHOTO");
        // The embedded PHOTO is the Picture: a JPEG (FF D8), not kept a second time above.
        assertThat(c.get(Contact.PICTURE).toArray()).startsWith((byte) 0xFF, (byte) 0xD8);
        Contact ada = s.<Contact>models(PimKind.CONTACTS).stream()
                .filter(x -> "Lovelace".equals(x.get(Contact.LAST_NAME))).findFirst().orElseThrow();
        assertThat(ada.get(Contact.BIRTHDAY)).isEqualTo(Instant.parse("1604-12-10T12:00:00Z"));
    }

    @Test
    void outlookVCard21WithQuotedPrintableAndWindows1252() throws Exception {
        Contact c = only("outlook-contacts.vcf", "Müller");
        assertThat(c.get(Contact.FIRST_NAME)).isEqualTo("Jürgen");
        assertThat(c.get(Contact.FILE_AS)).isEqualTo("Jürgen Müller");
        assertThat(c.get(Contact.BUSINESS_PHONE_NUMBER)).isEqualTo("+49 89 1234 100");
        assertThat(c.get(Contact.BUSINESS2_PHONE_NUMBER)).isEqualTo("+49 89 1234 101");
        assertThat(c.get(Contact.HOME_PHONE_NUMBER)).isEqualTo("+49 89 555 200");
        assertThat(c.get(Contact.BUSINESS_FAX_NUMBER)).isEqualTo("+49 89 1234 199");
        assertThat(c.get(Contact.PAGER_NUMBER)).isEqualTo("+49 89 1234 777");
        assertThat(c.get(Contact.BUSINESS_ADDRESS_STREET)).isEqualTo("Leopoldstraße 12");
        assertThat(c.get(Contact.BUSINESS_ADDRESS_CITY)).isEqualTo("München");
        assertThat(c.get(Contact.SPOUSE)).isEqualTo("Gräfin");
        assertThat(c.get(Contact.MANAGER_NAME)).isEqualTo("Frau Huber");
        assertThat(c.get(Contact.ASSISTANT_NAME)).isEqualTo("Herr Maier");
        assertThat(c.get(Contact.IM_ADDRESS)).isEqualTo("juergen@im.contoso.example");
        assertThat(c.get(Contact.ANNIVERSARY)).isEqualTo(Instant.parse("1999-06-12T12:00:00Z"));
        // The soft line break inside the quoted-printable NOTE joins the two halves of "Outlook".
        assertThat(c.get(Contact.BODY).get(Body.DATA))
                .isEqualTo("Erste Zeile mit äöü\r\nZweite Zeile, die sehr lang ist und deshalb von Outlook weich "
                        + "umbrochen wurde.");
        assertThat(extra("Müller")).contains("X-MS-OL-DEFAULT-POSTAL-ADDRESS:2", "X-MS-OL-DESIGN");
    }

    @Test
    void vcard40() throws Exception {
        Contact c = only("vcard4.vcf", "Meyer");
        assertThat(c.get(Contact.SUFFIX)).isEqualTo("PhD");
        assertThat(c.get(Contact.BUSINESS_PHONE_NUMBER)).isEqualTo("+1-555-555-5555");
        assertThat(c.get(Contact.MOBILE_PHONE_NUMBER)).isEqualTo("+1-555-555-1234");
        assertThat(c.get(Contact.IM_ADDRESS)).isEqualTo("xmpp:carol@jabber.example.org");
        assertThat(c.get(Contact.BIRTHDAY)).isEqualTo(Instant.parse("1604-04-15T12:00:00Z"));
        assertThat(c.get(Contact.ANNIVERSARY)).isEqualTo(Instant.parse("2009-08-08T12:00:00Z"));
        assertThat(extra("Meyer")).contains("KIND:individual", "GENDER:F", "RELATED", "GEO");
        Item item = s.items(PimKind.CONTACTS).get(0);
        assertThat(item.properties().asMap().get(PimKeys.SOURCE_UID))
                .isEqualTo(new PropertyValue.Text("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
    }

    @Test
    void brokenEntriesAreReportedWithTheirLineAndTheRestIsImported() throws Exception {
        ImportReport report = s.importResource(PimKind.CONTACTS, "broken-contacts.vcf", BERLIN);
        assertThat(report.failures()).extracting(ImportReport.Failure::toString).containsExactly(
                "line 7: BEGIN:VCARD without END:VCARD",
                "line 16: text outside BEGIN:VCARD/END:VCARD: 'this line is not part of any vCard'",
                "line 17: END:VCARD without BEGIN:VCARD",
                "line 23: VCARD: java.time.DateTimeException: Invalid date 'FEBRUARY 30'");
        assertThat(report.addedCount()).isEqualTo(3);
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(s.<Contact>models(PimKind.CONTACTS)).extracting(c -> c.get(Contact.FIRST_NAME))
                .containsExactlyInAnyOrder("First", "Second", "Third");
    }

    @Test
    void reimportingTheSameUidUpdatesInsteadOfDuplicating() throws Exception {
        s.importResource(PimKind.CONTACTS, "vcard4.vcf", BERLIN);
        ImportReport again = s.importText(PimKind.CONTACTS, """
                BEGIN:VCARD
                VERSION:4.0
                UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1
                FN:Carol Meyer-Schulz
                N:Meyer-Schulz;Carol;;;
                END:VCARD
                """, BERLIN);
        assertThat(again.updatedCount()).isEqualTo(1);
        assertThat(again.addedCount()).isZero();
        assertThat(s.<Contact>models(PimKind.CONTACTS)).singleElement()
                .satisfies(c -> assertThat(c.get(Contact.LAST_NAME)).isEqualTo("Meyer-Schulz"));
        // An export written without a UID of its own comes back to the same item too.
        s.importResource(PimKind.CONTACTS, "apple-contacts.vcf", BERLIN);
        String exported = s.export(PimKind.CONTACTS, VCardVersion.V3_0);
        ImportReport reimport = s.importText(PimKind.CONTACTS, exported, BERLIN);
        assertThat(reimport.updatedCount()).isEqualTo(3);
        assertThat(s.items(PimKind.CONTACTS)).hasSize(3);
    }
}
