package org.pushbox.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Each version gets only the elements it knows, in its own form where versions differ. */
class VersionFormsTest {

    @Test
    void everyServedVersionRoundTripsTheSamplesWhereNoFormChanges() throws Exception {
        for (ProtocolVersion v : List.of(ProtocolVersion.V14_1, ProtocolVersion.V16_1)) {
            Email email = Samples.email();
            // 16.x writes the meeting with UID and airsyncbase:Location; IsDraft is 16.0+.
            email = v.atLeast(ProtocolVersion.V16_0) ? email.without(Email.MEETING_REQUEST) : email.without(Email.IS_DRAFT);
            assertThat(Email.decode(email.encode(v, EncodeOptions.TO_CLIENT), v)).isEqualTo(email);
            assertThat(Contact.decode(Samples.contact().encode(v, EncodeOptions.TO_CLIENT), v)).isEqualTo(Samples.contact());
            assertThat(Task.decode(Samples.task().encode(v, EncodeOptions.TO_CLIENT), v)).isEqualTo(Samples.task());
            assertThat(Note.decode(Samples.note().encode(v, EncodeOptions.TO_CLIENT), v)).isEqualTo(Samples.note());
        }
        CalendarEvent event = Samples.event().without(CalendarEvent.CLIENT_UID);
        assertThat(CalendarEvent.decode(event.encode(ProtocolVersion.V14_1, EncodeOptions.TO_CLIENT), ProtocolVersion.V14_1))
                .isEqualTo(event);
    }

    @Test
    void olderVersionsLoseOnlyTheElementsTheyDoNotKnow() {
        WbxmlElement v121 = Samples.email().encode(ProtocolVersion.V12_1, EncodeOptions.TO_CLIENT);
        assertThat(pages(v121)).doesNotContain("Email2");
        assertThat(v121.child(Email.CATEGORIES.tag())).isNull();
        assertThat(v121.child(Email.BODY.tag()).child(Body.PREVIEW.tag())).isNull();
        assertThat(v121.child(Email.SUBJECT.tag()).text()).isEqualTo("Plan");

        WbxmlElement v140 = Samples.email().encode(ProtocolVersion.V14_0, EncodeOptions.TO_CLIENT);
        assertThat(v140.child(Email.CONVERSATION_ID.tag()).isOpaque()).isTrue();
        assertThat(v140.child(Email.ACCOUNT_ID.tag())).as("AccountId is 14.1+").isNull();
        assertThat(v140.child(Email.IS_DRAFT.tag())).as("IsDraft is 16.0+").isNull();
        assertThat(Samples.email().encode(ProtocolVersion.V16_0, EncodeOptions.TO_CLIENT).child(Email.IS_DRAFT.tag()))
                .isNotNull();

        WbxmlElement note121 = Samples.note().encode(ProtocolVersion.V12_1, EncodeOptions.TO_CLIENT);
        assertThat(pages(note121)).containsOnly("AirSyncBase");
    }

    @Test
    void calendarTakesThe16Forms() {
        WbxmlElement v16 = Samples.event().encode(ProtocolVersion.V16_1, EncodeOptions.TO_CLIENT);
        assertThat(v16.child(CodePages.require("Calendar", "Location"))).isNull();
        assertThat(v16.child(CalendarEvent.LOCATION_16.tag()).child(Location.DISPLAY_NAME.tag()).text()).isEqualTo("Room 1");
        WbxmlElement exception = v16.child(CalendarEvent.EXCEPTIONS.tag()).children().get(0);
        assertThat(exception.child(CalendarException.EXCEPTION_START_TIME.tag())).isNull();
        assertThat(exception.child(CalendarException.INSTANCE_ID.tag()).text()).isEqualTo("20261122T050647Z");
        assertThat(exception.child(CalendarException.LOCATION_16.tag())).isNotNull();
        assertThat(v16.child(CalendarEvent.UID.tag())).as("the server sends UID").isNotNull();
        assertThat(v16.child(CalendarEvent.CLIENT_UID.tag())).as("ClientUid is request-only").isNull();

        WbxmlElement request16 = Samples.event().encode(ProtocolVersion.V16_0, EncodeOptions.TO_SERVER);
        for (Field<?> serverSet : List.of(CalendarEvent.UID, CalendarEvent.DT_STAMP, CalendarEvent.ORGANIZER_NAME,
                CalendarEvent.ORGANIZER_EMAIL, CalendarEvent.EXCEPTIONS)) {
            assertThat(request16.child(serverSet.tag())).as(serverSet.toString()).isNull();
        }
        assertThat(request16.child(CalendarEvent.ATTENDEES.tag()).children().get(0)
                .child(Attendee.ATTENDEE_STATUS.tag())).isNull();
        assertThat(request16.child(CalendarEvent.CLIENT_UID.tag()).text()).isEqualTo("client-1");

        WbxmlElement request14 = Samples.event().encode(ProtocolVersion.V14_1, EncodeOptions.TO_SERVER);
        assertThat(request14.child(CalendarEvent.UID.tag())).isNotNull();
        assertThat(request14.child(CalendarEvent.CLIENT_UID.tag())).as("ClientUid is 16.0+").isNull();

        CalendarEvent allDay = Samples.event().with(CalendarEvent.ALL_DAY_EVENT, true);
        assertThat(allDay.encode(ProtocolVersion.V16_1, EncodeOptions.TO_CLIENT).child(CalendarEvent.TIMEZONE.tag())).isNull();
        assertThat(allDay.encode(ProtocolVersion.V14_1, EncodeOptions.TO_CLIENT).child(CalendarEvent.TIMEZONE.tag())).isNotNull();
    }

    @Test
    void a16LocationAndInstanceIdBecomeTheOldFormsFor14() throws Exception {
        CalendarEvent from16 = CalendarEvent.EMPTY.with(CalendarEvent.LOCATION_16, Samples.location())
                .with(CalendarEvent.EXCEPTIONS, List.of(CalendarException.EMPTY.with(CalendarException.INSTANCE_ID,
                        Samples.T2).with(CalendarException.DELETED, true)));
        WbxmlElement v14 = from16.encode(ProtocolVersion.V14_0, EncodeOptions.TO_CLIENT);
        assertThat(v14.child(CalendarEvent.LOCATION.tag()).text()).isEqualTo("Office");
        assertThat(v14.child(CalendarEvent.LOCATION_16.tag())).isNull();
        WbxmlElement exception = v14.child(CalendarEvent.EXCEPTIONS.tag()).children().get(0);
        assertThat(exception.child(CalendarException.EXCEPTION_START_TIME.tag()).text()).isEqualTo("20261122T060000Z");
        assertThat(CalendarEvent.decode(v14, ProtocolVersion.V14_0).get(CalendarEvent.EXCEPTIONS).get(0).originalStart())
                .isEqualTo(Samples.T2);
    }

    @Test
    void meetingRequestIdentityConvertsBetweenGlobalObjIdAndUid() throws Exception {
        String outlookUid = "040000008200E00074C5B7101A82E0080000000098607E8C4415CE01000000000000000010000000";
        MeetingRequest byUid = MeetingRequest.EMPTY.with(MeetingRequest.DT_STAMP, Samples.T1)
                .with(MeetingRequest.TIME_ZONE, TimeZoneInformation.UTC).with(MeetingRequest.UID, outlookUid);
        Email mail = Email.EMPTY.with(Email.MEETING_REQUEST, byUid);
        WbxmlElement old = mail.encode(ProtocolVersion.V14_1, EncodeOptions.TO_CLIENT).child(Email.MEETING_REQUEST.tag());
        assertThat(old.child(MeetingRequest.UID.tag())).isNull();
        String globalObjId = old.child(MeetingRequest.GLOBAL_OBJ_ID.tag()).text();
        assertThat(java.util.HexFormat.of().withUpperCase().formatHex(java.util.Base64.getDecoder().decode(globalObjId)))
                .isEqualTo(outlookUid);

        Email back = Email.decode(mail.encode(ProtocolVersion.V14_1, EncodeOptions.TO_CLIENT), ProtocolVersion.V14_1);
        WbxmlElement v16 = back.encode(ProtocolVersion.V16_1, EncodeOptions.TO_CLIENT).child(Email.MEETING_REQUEST.tag());
        assertThat(v16.child(MeetingRequest.GLOBAL_OBJ_ID.tag())).isNull();
        assertThat(v16.child(MeetingRequest.UID.tag()).text()).isEqualTo(outlookUid);

        // A non-Outlook UID travels wrapped as vCal-Uid and comes back unchanged.
        String icalUid = "a1b2c3@example.org";
        assertThat(GlobalObjectId.toUid(GlobalObjectId.fromUid(icalUid))).isEqualTo(icalUid);
        assertThat(GlobalObjectId.toUid("%%%")).isNull();
    }

    private static List<String> pages(WbxmlElement e) {
        return e.children().stream().map(WbxmlElement::tag).map(Tag::namespace).distinct().toList();
    }
}
