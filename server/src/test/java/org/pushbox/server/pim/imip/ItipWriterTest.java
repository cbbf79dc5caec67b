package org.pushbox.server.pim.imip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

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
}
