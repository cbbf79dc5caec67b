package org.pushbox.server.pim.imip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.RecurrenceProperty;

class ItipParserTest {

    private static ItipMessage fromMail(String resource) throws Exception {
        String text = ImipPart.read(new ByteArrayInputStream(Ics.resource(resource))).orElseThrow();
        return ItipParser.parse(text);
    }

    @Test
    void outlookRecurringRequestWithWindowsZone() throws Exception {
        ItipMessage m = fromMail("outlook-recurring-request.eml");
        assertThat(m.method()).isEqualTo(ItipMethod.REQUEST);
        ItipEvent e = m.main();
        assertThat(e.uid()).startsWith("040000008200E00074C5B7101A82E008");
        assertThat(e.sequence()).isZero();
        // 10:00 in Berlin winter time is 09:00 UTC.
        assertThat(e.start()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(e.end()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(e.zone().getRules().getOffset(e.start())).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(e.zone().getRules().getOffset(Instant.parse("2027-07-01T00:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(e.organizerEmail()).isEqualTo("carla@partner.example");
        assertThat(e.organizerName()).isEqualTo("Carla Organizer");
        assertThat(e.attendees()).hasSize(2);
        assertThat(e.attendee("BOB@example.org").rsvp()).isTrue();
        assertThat(e.attendee("bob@example.org").attendeeType()).isEqualTo(1);
        assertThat(e.attendee("dave@partner.example").attendeeType()).isEqualTo(2);
        assertThat(e.location()).isEqualTo("Room 4.12");
        assertThat(e.reminderMinutes()).isEqualTo(15);
        assertThat(e.busyStatus()).isEqualTo(2);
        assertThat(e.recurrence().integer(RecurrenceProperty.TYPE)).isEqualTo(1);
        assertThat(e.recurrence().integer(RecurrenceProperty.DAY_OF_WEEK)).isEqualTo(2 | 8); // Monday, Wednesday
        assertThat(e.recurrence().integer(RecurrenceProperty.OCCURRENCES)).isEqualTo(10);
        assertThat(e.recurrence().integer(RecurrenceProperty.INTERVAL)).isEqualTo(1);
    }

    @Test
    void googleRequestWithNonAsciiTextInBase64() throws Exception {
        ItipMessage m = fromMail("google-request.eml");
        ItipEvent e = m.main();
        assertThat(e.summary()).isEqualTo("Café ☕ mit Jürgen");
        assertThat(e.location()).isEqualTo("Café Müller, Köln");
        assertThat(e.description()).isEqualTo("Zimmer Köln — bitte pünktlich.");
        assertThat(e.start()).isEqualTo(Instant.parse("2026-12-03T15:00:00Z"));
        assertThat(e.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(e.reminderMinutes()).isEqualTo(30);
        assertThat(e.recurring()).isFalse();
        assertThat(e.attendee("erin@gmail.example").partStat()).isEqualTo(PartStat.ACCEPTED);
    }

    @Test
    void cancelOfOneOccurrence() throws Exception {
        ItipMessage m = ItipParser.parse(Ics.calendar("CANCEL", "UID:" + Ics.UID, "SEQUENCE:3",
                "DTSTAMP:20261122T080000Z", "RECURRENCE-ID:20261202T090000Z", "DTSTART:20261202T090000Z",
                "STATUS:CANCELLED", "ORGANIZER:mailto:carla@partner.example", "ATTENDEE:mailto:bob@example.org"));
        assertThat(m.method()).isEqualTo(ItipMethod.CANCEL);
        assertThat(m.instanceOnly()).isTrue();
        assertThat(m.main().recurrenceId()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(m.main().cancelled()).isTrue();
        assertThat(m.main().sequence()).isEqualTo(3);
    }

    @Test
    void replyCarriesTheAttendeesPartstat() throws Exception {
        ItipMessage m = ItipParser.parse(Ics.calendar("REPLY", "UID:" + Ics.UID, "SEQUENCE:1",
                "DTSTAMP:20261122T080000Z", "ORGANIZER:mailto:bob@example.org",
                "ATTENDEE;PARTSTAT=DECLINED;CN=Carla:MAILTO:Carla@Partner.example"));
        assertThat(m.method()).isEqualTo(ItipMethod.REPLY);
        assertThat(m.main().attendees()).singleElement().satisfies(a -> {
            assertThat(a.partStat()).isEqualTo(PartStat.DECLINED);
            assertThat(a.is("carla@partner.example")).isTrue();
        });
    }

    @Test
    void allDayEventAndMonthlyNthWeekday() throws Exception {
        ItipEvent e = ItipParser.parse(Ics.calendar("REQUEST", "UID:x", "DTSTAMP:20261122T080000Z",
                "DTSTART;VALUE=DATE:20261210", "RRULE:FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20271231",
                "ORGANIZER:mailto:carla@partner.example")).main();
        assertThat(e.allDay()).isTrue();
        assertThat(e.start()).isEqualTo(Instant.parse("2026-12-10T00:00:00Z"));
        assertThat(e.end()).isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
        assertThat(e.recurrence().integer(RecurrenceProperty.TYPE)).isEqualTo(3);
        assertThat(e.recurrence().integer(RecurrenceProperty.WEEK_OF_MONTH)).isEqualTo(5);
        assertThat(e.recurrence().integer(RecurrenceProperty.DAY_OF_WEEK)).isEqualTo(16);
        assertThat(e.recurrence().time(RecurrenceProperty.UNTIL)).isEqualTo(Instant.parse("2027-12-31T00:00:00Z"));
    }

    @Test
    void rulesWithoutAnEasFormAreDropped() throws Exception {
        ItipEvent e = ItipParser.parse(Ics.calendar("REQUEST", "UID:x", "DTSTAMP:20261122T080000Z",
                "DTSTART:20261210T100000Z", "RRULE:FREQ=HOURLY;INTERVAL=2")).main();
        assertThat(e.recurrence()).isNull();
    }

    @Test
    void unusableInputIsAnItipException() {
        assertThatThrownBy(() -> ItipParser.parse("not a calendar")).isInstanceOf(ItipException.class);
        assertThatThrownBy(() -> ItipParser.parse(Ics.calendar("PUBLISH", "UID:x", "DTSTAMP:20261122T080000Z")))
                .isInstanceOf(ItipException.class);
        assertThatThrownBy(() -> ItipParser.parse(Ics.calendar("REQUEST", "DTSTAMP:20261122T080000Z")))
                .isInstanceOf(ItipException.class);
        assertThatThrownBy(() -> ItipParser.parse("BEGIN:VCALENDAR\r\n" + "X".repeat(ItipParser.MAX_CHARS)))
                .isInstanceOf(ItipException.class);
    }
}
