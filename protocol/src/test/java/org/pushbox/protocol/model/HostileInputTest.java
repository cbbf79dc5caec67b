package org.pushbox.protocol.model;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Malformed values are refused with the element named; unknown but valid elements survive. */
class HostileInputTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    private static WbxmlElement data(WbxmlElement... children) {
        return WbxmlElement.of(ItemData.APPLICATION_DATA, children);
    }

    private static void refused(ItemClass cls, WbxmlElement applicationData, String element) {
        assertThatThrownBy(() -> ApplicationData.decode(cls, applicationData, V))
                .isInstanceOf(DataClassException.class).hasMessageContaining(element);
    }

    @Test
    void malformedValuesNameTheirElement() {
        refused(ItemClass.CALENDAR, data(WbxmlElement.text(CalendarEvent.START_TIME.tag(), "tomorrow")), "Calendar:StartTime");
        refused(ItemClass.CALENDAR, data(WbxmlElement.text(CalendarEvent.MEETING_STATUS.tag(), "2")), "Calendar:MeetingStatus");
        refused(ItemClass.CALENDAR, data(WbxmlElement.of(CalendarEvent.RECURRENCE.tag(),
                WbxmlElement.text(Recurrence.TYPE.tag(), "7"))), "Calendar:Type");
        refused(ItemClass.CALENDAR, data(WbxmlElement.of(CalendarEvent.EXCEPTIONS.tag(), WbxmlElement.of(
                CodePages.require("Calendar", "Exception"), WbxmlElement.text(CalendarException.DELETED.tag(), "yes")))),
                "Calendar:Deleted");
        refused(ItemClass.CALENDAR, data(WbxmlElement.of(CalendarEvent.ATTENDEES.tag(), WbxmlElement.of(
                CodePages.require("Calendar", "Attendee"), WbxmlElement.text(Attendee.ATTENDEE_TYPE.tag(), "4")))),
                "Calendar:AttendeeType");
        refused(ItemClass.CALENDAR, data(WbxmlElement.text(CalendarEvent.UID.tag(), "u".repeat(301))), "Calendar:UID");
        refused(ItemClass.EMAIL, data(WbxmlElement.text(Email.IMPORTANCE.tag(), "9")), "Email:Importance");
        refused(ItemClass.EMAIL, data(WbxmlElement.text(Email.DATE_RECEIVED.tag(), "20261122T050647")), "Email:DateReceived");
        refused(ItemClass.EMAIL, data(WbxmlElement.of(Email.FLAG.tag(), WbxmlElement.text(Flag.DUE_DATE.tag(), "x"))),
                "Tasks:DueDate");
        refused(ItemClass.EMAIL, data(WbxmlElement.of(Email.BODY.tag(), WbxmlElement.text(Body.TYPE.tag(), "5"))),
                "AirSyncBase:Type");
        refused(ItemClass.EMAIL, data(WbxmlElement.of(Email.BODY.tag(), WbxmlElement.text(Body.ESTIMATED_DATA_SIZE.tag(),
                "-1"))), "AirSyncBase:EstimatedDataSize");
        refused(ItemClass.EMAIL, data(WbxmlElement.text(Email.FLAG.tag(), "1")), "Email:Flag");
        refused(ItemClass.TASKS, data(WbxmlElement.text(Task.COMPLETE.tag(), "2")), "Tasks:Complete");
        refused(ItemClass.TASKS, data(WbxmlElement.of(Task.RECURRENCE.tag(),
                WbxmlElement.text(TaskRecurrence.MONTH_OF_YEAR.tag(), "13"))), "Tasks:MonthOfYear");
        refused(ItemClass.NOTES, data(WbxmlElement.text(Note.LAST_MODIFIED_DATE.tag(), "2026-02-30T00:00:00.000Z")),
                "Notes:LastModifiedDate");
        refused(ItemClass.CONTACTS, data(WbxmlElement.text(Contact.BIRTHDAY.tag(), "1980-05-12")), "Contacts:Birthday");
        refused(ItemClass.CONTACTS, data(WbxmlElement.text(Contact.PICTURE.tag(), "*not base64*")), "Contacts:Picture");
        refused(ItemClass.CONTACTS, data(WbxmlElement.of(Contact.CATEGORIES.tag(),
                WbxmlElement.text(Contact.FIRST_NAME.tag(), "x"))), "Contacts:FirstName");
    }

    @Test
    void oversizeAndOvercountedValuesAreRefused() throws Exception {
        String picture = java.util.Base64.getEncoder().encodeToString(new byte[DecodeLimits.SPEC_PICTURE_BYTES + 1]);
        WbxmlElement contact = data(WbxmlElement.text(Contact.PICTURE.tag(), picture));
        assertThat(Contact.decode(contact, V).get(Contact.PICTURE).length()).isEqualTo(DecodeLimits.SPEC_PICTURE_BYTES + 1);
        DecodeLimits spec = new DecodeLimits(DecodeLimits.SPEC_PICTURE_BYTES, 1024);
        assertThatThrownBy(() -> Contact.decode(contact, V, spec)).isInstanceOf(DataClassException.class)
                .hasMessageContaining("Contacts:Picture").hasMessageContaining("limit");

        List<WbxmlElement> categories = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            categories.add(WbxmlElement.text(CodePages.require("Contacts", "Category"), "c" + i));
        }
        assertThatThrownBy(() -> Contact.decode(data(WbxmlElement.of(Contact.CATEGORIES.tag(), categories)), V))
                .isInstanceOf(DataClassException.class).hasMessageContaining("Contacts:Categories");
    }

    @Test
    void unknownElementsAreKeptInPlaceAndWrittenBack() throws Exception {
        Tag rmLicense = CodePages.require("RightsManagement", "RightsManagementLicense");
        Tag owner = CodePages.require("RightsManagement", "Owner");
        WbxmlElement license = WbxmlElement.of(rmLicense, WbxmlElement.text(owner, "1"));
        Tag bodyPart = CodePages.require("ItemOperations", "Part");
        WbxmlElement sent = data(WbxmlElement.text(Email.SUBJECT.tag(), "s"), license,
                WbxmlElement.of(Email.BODY.tag(), WbxmlElement.text(Body.TYPE.tag(), "1"), WbxmlElement.text(bodyPart, "0")),
                WbxmlElement.text(Email.SUBJECT.tag(), "second subject"),
                WbxmlElement.text(Email.READ.tag(), "1"));
        Email email = Email.decode(sent, V);
        assertThat(email.get(Email.SUBJECT)).isEqualTo("s");
        assertThat(email.extras()).containsExactly(license, WbxmlElement.text(Email.SUBJECT.tag(), "second subject"));
        assertThat(email.get(Email.BODY).extras()).containsExactly(WbxmlElement.text(bodyPart, "0"));
        assertThat(email.encode(V, EncodeOptions.TO_CLIENT)).isEqualTo(sent);
    }

    @Test
    void legacyAndTooNewExtrasAreKeptButNotSentToVersionsThatDoNotKnowThem() throws Exception {
        Tag legacyBody = CodePages.require("Contacts", "Body");
        assertThat(legacyBody.legacy()).isTrue();
        WbxmlElement sent = data(WbxmlElement.text(Contact.FIRST_NAME.tag(), "Ann"), WbxmlElement.text(legacyBody, "old"));
        Contact contact = Contact.decode(sent, ProtocolVersion.V12_1);
        assertThat(contact.extras()).containsExactly(WbxmlElement.text(legacyBody, "old"));
        assertThat(contact.encode(ProtocolVersion.V12_1, EncodeOptions.TO_CLIENT))
                .isEqualTo(data(WbxmlElement.text(Contact.FIRST_NAME.tag(), "Ann")));
    }

    @Test
    void emptyElementsClearProperties() throws Exception {
        WbxmlElement sent = data(WbxmlElement.empty(CalendarEvent.REMINDER.tag()),
                WbxmlElement.empty(CalendarEvent.LOCATION.tag()), WbxmlElement.empty(CalendarEvent.CATEGORIES.tag()),
                WbxmlElement.empty(CalendarEvent.RECURRENCE.tag()));
        CalendarEvent event = CalendarEvent.decode(sent, ProtocolVersion.V16_1);
        assertThat(event.isCleared(CalendarEvent.REMINDER)).isTrue();
        assertThat(event.get(CalendarEvent.REMINDER)).isNull();
        assertThat(event.get(CalendarEvent.LOCATION)).isEmpty();
        assertThat(event.get(CalendarEvent.CATEGORIES)).isEmpty();
        assertThat(event.get(CalendarEvent.RECURRENCE).isEmpty()).isTrue();
        assertThat(event.has(CalendarEvent.SUBJECT)).isFalse();
        assertThat(event.encode(ProtocolVersion.V14_1, EncodeOptions.TO_SERVER)).isEqualTo(sent);
    }

    @Test
    void opaqueWhereTextBelongsAndTextWhereOpaqueBelongsAreAccepted() throws Exception {
        WbxmlElement sent = data(WbxmlElement.opaque(Email.SUBJECT.tag(), "Hi".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                WbxmlElement.text(Email.CONVERSATION_ID.tag(), "abc"));
        Email email = Email.decode(sent, V);
        assertThat(email.get(Email.SUBJECT)).isEqualTo("Hi");
        assertThat(email.get(Email.CONVERSATION_ID)).isEqualTo(Bytes.of(new byte[] {'a', 'b', 'c'}));
        assertThat(ApplicationData.classOf(sent)).contains(ItemClass.EMAIL);
        assertThat(ApplicationData.classOf(data(WbxmlElement.of(Email.BODY.tag())))).isEmpty();
    }

    @Test
    void withPlacesNewFieldsCanonicallyAndRejectsForeignFields() {
        Email email = Email.EMPTY.with(Email.READ, true).with(Email.TO, "a@b").with(Email.SUBJECT, "s");
        assertThat(email.fields()).containsExactly(Email.TO, Email.SUBJECT, Email.READ);
        assertThat(email.with(Email.SUBJECT, "t").fields()).containsExactly(Email.TO, Email.SUBJECT, Email.READ);
        assertThat(email.without(Email.TO).fields()).containsExactly(Email.SUBJECT, Email.READ);
        assertThatThrownBy(() -> Email.EMPTY.with(CalendarEvent.SUBJECT, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
