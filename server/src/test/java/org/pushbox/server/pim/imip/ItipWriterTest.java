package org.pushbox.server.pim.imip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.RecurrenceProperty;

class ItipWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static MeetingAnswer answer(PartStat partStat, Instant proposedStart, Instant proposedEnd, String summary) {
        return new MeetingAnswer(Ics.UID, 4, "carla@partner.example", "Carla \"CJ\" Organizer", summary,
                Instant.parse("2026-12-03T15:00:00Z"), Instant.parse("2026-12-03T16:00:00Z"), false, null,
                "bob@example.org", "Bob Builder", partStat, proposedStart, proposedEnd, null);
    }

    @Test
    void replyReadsBackWithOneAttendeeAndTheReceivedSequence() throws Exception {
        String ics = ItipWriter.answer(answer(PartStat.ACCEPTED, null, null, "Weekly planning"), NOW);
        ItipMessage m = ItipParser.parse(ics);
        assertThat(m.method()).isEqualTo(ItipMethod.REPLY);
        assertThat(m.main().uid()).isEqualTo(Ics.UID);
        assertThat(m.main().sequence()).isEqualTo(4);
        assertThat(m.main().dtStamp()).isEqualTo(NOW);
        assertThat(m.main().organizerEmail()).isEqualTo("carla@partner.example");
        assertThat(m.main().organizerName()).isEqualTo("Carla CJ Organizer");
        assertThat(m.main().attendees()).singleElement().satisfies(a -> {
            assertThat(a.email()).isEqualTo("bob@example.org");
            assertThat(a.partStat()).isEqualTo(PartStat.ACCEPTED);
        });
    }

    @Test
    void longNonAsciiLinesFoldWithinSeventyFiveOctetsAndReadBack() throws Exception {
        String summary = "Ünterredung über das Café ☕ — ".repeat(6) + "𝄞";
        String ics = ItipWriter.answer(answer(PartStat.TENTATIVE, null, null, summary + "; a, b\\c"), NOW);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ItipParser.parse(ics).main().summary()).isEqualTo(summary + "; a, b\\c");
    }

    @Test
    void proposedTimeIsACounter() throws Exception {
        Instant start = Instant.parse("2026-12-04T09:00:00Z");
        Instant end = Instant.parse("2026-12-04T10:00:00Z");
        ItipMessage m = ItipParser.parse(ItipWriter.answer(answer(PartStat.TENTATIVE, start, end, "x"), NOW));
        assertThat(m.method()).isEqualTo(ItipMethod.COUNTER);
        assertThat(m.main().start()).isEqualTo(start);
        assertThat(m.main().end()).isEqualTo(end);
        assertThat(m.main().attendees().get(0).partStat()).isEqualTo(PartStat.TENTATIVE);
    }

    @Test
    void imipMailCarriesTheCalendarPartWithItsMethod() throws Exception {
        String ics = ItipWriter.answer(answer(PartStat.DECLINED, null, null, "Café"), NOW);
        byte[] mail = ImipMail.compose("bob@example.org", "Bob Büilder", java.util.List.of("carla@partner.example"),
                "Declined: Café", "Bob has declined.", ItipMethod.REPLY, ics, NOW);
        String text = new String(mail, StandardCharsets.US_ASCII);
        assertThat(text).contains("method=REPLY").contains("Subject: =?UTF-8?").contains("To: carla@partner.example");
        String back = ImipPart.read(new java.io.ByteArrayInputStream(mail)).orElseThrow();
        assertThat(back).isEqualTo(ics);
    }

    @Test
    void invitationCarriesEveryAttendeeAndTheRecurrenceReadsBackTheSame() throws Exception {
        PropertyMap weekly = PropertyMap.builder().integer(RecurrenceProperty.TYPE, 3)
                .integer(RecurrenceProperty.DAY_OF_WEEK, 16).integer(RecurrenceProperty.WEEK_OF_MONTH, 5)
                .integer(RecurrenceProperty.INTERVAL, 2).integer(RecurrenceProperty.OCCURRENCES, 6).build();
        String rrule = RecurrenceRules.toRrule(weekly);
        assertThat(rrule).isEqualTo("FREQ=MONTHLY;BYDAY=-1TH;INTERVAL=2;COUNT=6");
        OrganizedMeeting m = new OrganizedMeeting(Ics.UID, 3, "Quartalsrückblick", "Saal 2", "Bitte vorbereiten.",
                Instant.parse("2026-12-31T09:00:00Z"), Instant.parse("2026-12-31T10:00:00Z"), false, rrule,
                "bob@example.org", "Bob Builder", java.util.List.of(
                        new OrganizedMeeting.Invitee("carla@partner.example", "Carla", 1),
                        new OrganizedMeeting.Invitee("room@example.org", "Room 2", 3)));
        ItipMessage request = ItipParser.parse(ItipWriter.invitation(ItipMethod.REQUEST, m, NOW));
        assertThat(request.method()).isEqualTo(ItipMethod.REQUEST);
        ItipEvent e = request.main();
        assertThat(e.sequence()).isEqualTo(3);
        assertThat(e.summary()).isEqualTo("Quartalsrückblick");
        assertThat(e.organizerEmail()).isEqualTo("bob@example.org");
        assertThat(e.attendees()).extracting(ItipAttendee::email)
                .containsExactly("carla@partner.example", "room@example.org");
        assertThat(e.attendees()).allSatisfy(a -> {
            assertThat(a.rsvp()).isTrue();
            assertThat(a.partStat()).isEqualTo(PartStat.NEEDS_ACTION);
        });
        assertThat(e.attendee("room@example.org").attendeeType()).isEqualTo(3);
        assertThat(e.recurrence()).isEqualTo(weekly);

        ItipMessage cancel = ItipParser.parse(ItipWriter.invitation(ItipMethod.CANCEL, m, NOW));
        assertThat(cancel.method()).isEqualTo(ItipMethod.CANCEL);
        assertThat(cancel.main().cancelled()).isTrue();
    }

    @Test
    void everyEasPatternTypeHasAnRrule() {
        assertThat(RecurrenceRules.toRrule(PropertyMap.builder().integer(RecurrenceProperty.TYPE, 0)
                .integer(RecurrenceProperty.INTERVAL, 3).time(RecurrenceProperty.UNTIL,
                        Instant.parse("2027-01-31T09:00:00Z")).build()))
                .isEqualTo("FREQ=DAILY;INTERVAL=3;UNTIL=20270131T090000Z");
        assertThat(RecurrenceRules.toRrule(PropertyMap.builder().integer(RecurrenceProperty.TYPE, 1)
                .integer(RecurrenceProperty.DAY_OF_WEEK, 2 | 32).build())).isEqualTo("FREQ=WEEKLY;BYDAY=MO,FR");
        assertThat(RecurrenceRules.toRrule(PropertyMap.builder().integer(RecurrenceProperty.TYPE, 2)
                .integer(RecurrenceProperty.DAY_OF_MONTH, 15).build())).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=15");
        assertThat(RecurrenceRules.toRrule(PropertyMap.builder().integer(RecurrenceProperty.TYPE, 5)
                .integer(RecurrenceProperty.MONTH_OF_YEAR, 2).integer(RecurrenceProperty.DAY_OF_MONTH, 29).build()))
                .isEqualTo("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29");
        assertThat(RecurrenceRules.toRrule(PropertyMap.builder().integer(RecurrenceProperty.TYPE, 6)
                .integer(RecurrenceProperty.MONTH_OF_YEAR, 11).integer(RecurrenceProperty.WEEK_OF_MONTH, 4)
                .integer(RecurrenceProperty.DAY_OF_WEEK, 16).build())).isEqualTo("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH");
        // A monthly pattern without its day is no rule at all.
        assertThat(RecurrenceRules.toRrule(PropertyMap.builder().integer(RecurrenceProperty.TYPE, 2).build())).isNull();
    }
}
