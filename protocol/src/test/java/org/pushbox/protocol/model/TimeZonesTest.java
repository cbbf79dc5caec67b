package org.pushbox.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.wbxml.WbxmlElement;

class TimeZonesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The three vectors of eas-protocol.md 4.1, produced from zones and matched back. */
    @Test
    void documentedVectors() {
        TimeZoneInformation utc = TimeZoneInformation.forZone(ZoneId.of("UTC"), 2026);
        assertThat(utc.toBytes()).hasSize(172).containsOnly(0);
        assertThat(TimeZoneInformation.forZone(ZoneOffset.UTC, 2026)).isEqualTo(TimeZoneInformation.UTC);
        assertThat(TimeZones.match(TimeZoneInformation.UTC, 2026)).isEqualTo(ZoneId.of("UTC"));

        TimeZoneInformation pacific = new TimeZoneInformation(480, "Pacific Standard Time",
                SystemTime.recurring(11, 0, 1, 2, 0), 0, "Pacific Daylight Time", SystemTime.recurring(3, 0, 2, 2, 0), -60);
        assertThat(TimeZoneInformation.forZone(ZoneId.of("America/Los_Angeles"), 2026)).isEqualTo(pacific);
        assertThat(pacific.toBase64()).startsWith("4AEAAFAAYQBjAGkAZgBpAGMAIABTAHQAYQBuAGQAYQByAGQAIABUAGkAbQBlAAAA")
                .contains("AsAAAABAAIA").endsWith("AMAAAACAAIAAAAAAAAAxP///w==");
        assertThat(TimeZones.match(pacific, 2026)).isEqualTo(ZoneId.of("America/Los_Angeles"));

        TimeZoneInformation cet = new TimeZoneInformation(-60, "", SystemTime.recurring(10, 0, 5, 3, 0), 0, "",
                SystemTime.recurring(3, 0, 5, 2, 0), -60);
        TimeZoneInformation berlin = TimeZoneInformation.forZone(BERLIN, 2026);
        assertThat(berlin.standardName()).isEqualTo("W. Europe Standard Time");
        assertThat(berlin.daylightName()).isEqualTo("W. Europe Daylight Time");
        assertThat(unnamed(berlin)).isEqualTo(cet);
        assertThat(cet.toBase64()).startsWith("xP///wAA").contains("AAoAAAAFAAMA").endsWith("AAMAAAAFAAIAAAAAAAAAxP///w==");
        assertThat(TimeZones.match(cet, 2026)).isEqualTo(BERLIN);
    }

    @Test
    void namedZonesRoundTripThroughTheirBlobs() {
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("Europe/Berlin", 2026);
        cases.put("America/New_York", 2026);
        cases.put("Australia/Sydney", 2026);
        cases.put("Asia/Kolkata", 2026);
        cases.put("America/Sao_Paulo", 2026);
        cases.put("Pacific/Chatham", 2026);
        cases.put("UTC", 2026);
        cases.put("Europe/London", 2013);
        cases.put("America/Sao_Paulo", 2018);
        cases.put("Pacific/Auckland", 2024);
        cases.forEach((id, year) -> {
            ZoneId zone = ZoneId.of(id);
            TimeZoneInformation tz = TimeZoneInformation.forZone(zone, year);
            assertThat(TimeZones.match(tz, year)).as(id + " " + year).isEqualTo(zone);
            assertThat(TimeZones.match(TimeZoneInformation.parse(tz.toBytes()), year)).isEqualTo(zone);
            assertSameOffsets(tz.rules(), zone.getRules(), year);
        });
    }

    @Test
    void fieldsOfTheNamedZones() {
        TimeZoneInformation newYork = TimeZoneInformation.forZone(NEW_YORK, 2026);
        assertThat(newYork.bias()).isEqualTo(300);
        assertThat(newYork.standardDate()).isEqualTo(SystemTime.recurring(11, 0, 1, 2, 0));
        assertThat(newYork.daylightDate()).isEqualTo(SystemTime.recurring(3, 0, 2, 2, 0));
        assertThat(newYork.daylightBias()).isEqualTo(-60);

        // Southern hemisphere: daylight time starts in October and ends in April.
        TimeZoneInformation sydney = TimeZoneInformation.forZone(ZoneId.of("Australia/Sydney"), 2026);
        assertThat(sydney.bias()).isEqualTo(-600);
        assertThat(sydney.standardName()).isEqualTo("AUS Eastern Standard Time");
        assertThat(sydney.standardDate()).isEqualTo(SystemTime.recurring(4, 0, 1, 3, 0));
        assertThat(sydney.daylightDate()).isEqualTo(SystemTime.recurring(10, 0, 1, 2, 0));
        assertThat(sydney.daylightBias()).isEqualTo(-60);

        TimeZoneInformation kolkata = TimeZoneInformation.forZone(ZoneId.of("Asia/Kolkata"), 2026);
        assertThat(kolkata.bias()).isEqualTo(-330);
        assertThat(kolkata.standardDate()).isEqualTo(SystemTime.NONE);
        assertThat(kolkata.daylightDate()).isEqualTo(SystemTime.NONE);
        assertThat(kolkata.daylightBias()).isZero();
        assertThat(kolkata.observesDaylightTime()).isFalse();

        // Brazil dropped daylight time in 2019: 2018 has it (ends third Sunday of February, starts
        // first Sunday of November at midnight), 2026 does not.
        TimeZoneInformation saoPaulo2018 = TimeZoneInformation.forZone(ZoneId.of("America/Sao_Paulo"), 2018);
        assertThat(saoPaulo2018.bias()).isEqualTo(180);
        assertThat(saoPaulo2018.standardDate()).isEqualTo(SystemTime.recurring(2, 0, 3, 0, 0));
        assertThat(saoPaulo2018.daylightDate()).isEqualTo(SystemTime.recurring(11, 0, 1, 0, 0));
        TimeZoneInformation saoPaulo2026 = TimeZoneInformation.forZone(ZoneId.of("America/Sao_Paulo"), 2026);
        assertThat(saoPaulo2026.bias()).isEqualTo(180);
        assertThat(saoPaulo2026.observesDaylightTime()).isFalse();

        TimeZoneInformation chatham = TimeZoneInformation.forZone(ZoneId.of("Pacific/Chatham"), 2026);
        assertThat(chatham.bias()).isEqualTo(-765);
        assertThat(chatham.daylightBias()).isEqualTo(-60);
        assertThat(chatham.daylightDate()).isEqualTo(SystemTime.recurring(9, 0, 5, 2, 45));
        assertThat(chatham.standardDate()).isEqualTo(SystemTime.recurring(4, 0, 1, 3, 45));
    }

    /**
     * Every region zone of the JDK, in a year of today's rules and in one of older rules: its blob
     * matches a zone whose rules are the same that year, and the blob's own rules give the zone's
     * offsets, whenever the year's changes fit in a blob at all.
     */
    @Test
    void everyZoneMatchesAZoneWithItsRules() {
        int fitting = 0;
        for (int year : new int[] {2010, 2026}) {
            for (ZoneId zone : TimeZones.candidates()) {
                TimeZoneInformation tz = TimeZoneInformation.forZone(zone, year);
                if (!fits(zone.getRules(), year)) {
                    continue;
                }
                fitting++;
                ZoneId matched = TimeZones.match(tz, year);
                assertThat(matched).as(zone + " " + year).isNotInstanceOf(ZoneOffset.class);
                assertThat(sameYear(matched.getRules(), zone.getRules(), year)).as(zone + " -> " + matched).isTrue();
                assertSameOffsets(tz.rules(), zone.getRules(), year);
            }
        }
        assertThat(fitting).isGreaterThan(600);
    }

    @Test
    void wellKnownZonesComeFirst() {
        List<ZoneId> candidates = TimeZones.candidates();
        assertThat(candidates.indexOf(BERLIN)).isLessThan(candidates.indexOf(ZoneId.of("Europe/Amsterdam")));
        assertThat(candidates.indexOf(BERLIN)).isLessThan(candidates.indexOf(ZoneId.of("Africa/Ceuta")));
        assertThat(candidates.get(0)).isEqualTo(ZoneId.of("UTC"));
        assertThat(candidates).doesNotHaveDuplicates().allSatisfy(z -> assertThat(z).isNotInstanceOf(ZoneOffset.class));
        // Amsterdam's blob has Berlin's rules, so it is Berlin that comes back.
        assertThat(TimeZones.match(TimeZoneInformation.forZone(ZoneId.of("Europe/Amsterdam"), 2026), 2026)).isEqualTo(BERLIN);
        assertThat(TimeZones.match(TimeZoneInformation.forZone(ZoneId.of("Australia/Melbourne"), 2026), 2026))
                .isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(TimeZones.match(TimeZoneInformation.forZone(ZoneId.of("Asia/Calcutta"), 2026), 2026))
                .isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    /** Names take no part: a US blob labelled as Berlin is still New York. */
    @Test
    void namesAreIgnored() {
        TimeZoneInformation ny = TimeZoneInformation.forZone(NEW_YORK, 2026);
        TimeZoneInformation mislabelled = new TimeZoneInformation(ny.bias(), "W. Europe Standard Time", ny.standardDate(),
                0, "Romance Daylight Time", ny.daylightDate(), ny.daylightBias());
        assertThat(TimeZones.match(mislabelled, 2026)).isEqualTo(NEW_YORK);
    }

    /** Transitions written as the wall time after the change (01:00 and 03:00 for US Eastern). */
    @Test
    void wallTimeAfterTheChangeIsAccepted() {
        TimeZoneInformation afterChange = new TimeZoneInformation(300, "", SystemTime.recurring(11, 0, 1, 1, 0), 0, "",
                SystemTime.recurring(3, 0, 2, 3, 0), -60);
        assertThat(TimeZones.match(afterChange, 2013)).isEqualTo(NEW_YORK);
        assertThat(TimeZones.match(afterChange, 2026)).isEqualTo(NEW_YORK);
    }

    /** "Fourth Sunday of October" is the last one in 2013 (Android sent that), not in 2017. */
    @Test
    void occurrenceIsResolvedForTheYear() {
        TimeZoneInformation fourthSunday = new TimeZoneInformation(-60, "", SystemTime.recurring(10, 0, 4, 3, 0), 0, "",
                SystemTime.recurring(3, 0, 5, 2, 0), -60);
        assertThat(TimeZones.match(fourthSunday, 2013)).isEqualTo(BERLIN);
        assertThat(TimeZones.find(fourthSunday, 2017)).isEmpty(); // October 2017 has five Sundays
        assertThat(TimeZones.match(fourthSunday, 2017)).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void absoluteDatesAreThatDayOfTheirYear() {
        TimeZoneInformation absolute = new TimeZoneInformation(-60, "", SystemTime.absolute(LocalDate.of(2026, 10, 25),
                LocalTime.of(3, 0)), 0, "", SystemTime.absolute(LocalDate.of(2026, 3, 29), LocalTime.of(2, 0)), -60);
        assertThat(absolute.standardDate().isAbsolute()).isTrue();
        assertThat(absolute.standardDate()).isEqualTo(new SystemTime(2026, 10, 0, 25, 3, 0, 0, 0));
        assertThat(TimeZones.match(absolute, 2026)).isEqualTo(BERLIN);
        assertSameOffsets(absolute.rules(), BERLIN.getRules(), 2026);
        // Another year: the same month and day, which is not Berlin's last Sunday in 2027.
        assertThat(absolute.rules().daylightStart(2027)).contains(Instant.parse("2027-03-29T01:00:00Z"));
        assertThat(TimeZones.find(absolute, 2027)).isEmpty();
    }

    @Test
    void withoutAMatchTheStandardOffsetAndTheBlobsOwnRules() {
        TimeZoneInformation odd = new TimeZoneInformation(-123, "", SystemTime.NONE, 0, "", SystemTime.NONE, 0);
        assertThat(TimeZones.match(odd, 2026)).isEqualTo(ZoneOffset.ofHoursMinutes(2, 3));

        // Daylight time from the first Monday of February to the second Monday of September: no zone has it.
        TimeZoneInformation invented = new TimeZoneInformation(-120, "Invented", SystemTime.recurring(9, 1, 2, 4, 0), 0,
                "Invented summer", SystemTime.recurring(2, 1, 1, 3, 0), -30);
        assertThat(TimeZones.find(invented, 2026)).isEmpty();
        assertThat(TimeZones.match(invented, 2026)).isEqualTo(ZoneOffset.ofHours(2));
        TimeZoneRules rules = invented.rules();
        assertThat(rules.daylightStart(2026)).contains(Instant.parse("2026-02-02T01:00:00Z"));
        assertThat(rules.standardStart(2026)).contains(Instant.parse("2026-09-14T01:30:00Z"));
        assertThat(rules.offsetAt(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(ZoneOffset.ofHoursMinutes(2, 30));
        assertThat(rules.offsetAt(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(rules.toInstant(LocalDateTime.parse("2026-06-01T12:00"))).isEqualTo(Instant.parse("2026-06-01T09:30:00Z"));
        assertThat(rules.toLocal(Instant.parse("2026-06-01T09:30:00Z"))).isEqualTo(LocalDateTime.parse("2026-06-01T12:00"));
    }

    /** Local times in the skipped and the repeated hour convert as java.time does. */
    @Test
    void gapsAndOverlaps() {
        TimeZoneRules berlin = TimeZoneInformation.forZone(BERLIN, 2026).rules();
        for (String local : new String[] {"2026-03-29T02:30", "2026-10-25T02:30", "2026-10-25T03:00", "2026-03-29T03:00",
                "2026-01-01T00:00", "2026-07-01T12:00"}) {
            LocalDateTime t = LocalDateTime.parse(local);
            assertThat(berlin.toInstant(t)).as(local).isEqualTo(t.atZone(BERLIN).toInstant());
        }
        TimeZoneRules sydney = TimeZoneInformation.forZone(ZoneId.of("Australia/Sydney"), 2026).rules();
        for (String local : new String[] {"2026-10-04T02:30", "2026-04-05T02:30", "2026-01-15T09:00", "2026-07-15T09:00"}) {
            LocalDateTime t = LocalDateTime.parse(local);
            assertThat(sydney.toInstant(t)).as(local).isEqualTo(t.atZone(ZoneId.of("Australia/Sydney")).toInstant());
        }
    }

    /** Blobs come from devices: whatever the 172 bytes hold, matching and conversion answer. */
    @Test
    void anyBlobGetsAnAnswer() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] blob = new byte[TimeZoneInformation.LENGTH];
            random.nextBytes(blob);
            if (i % 3 == 0) { // plausible ranges, so that the transition code runs too
                blob[0] = (byte) random.nextInt(120);
                blob[1] = blob[2] = blob[3] = 0;
                blob[70] = (byte) (1 + random.nextInt(12));
                blob[71] = 0;
                blob[154] = (byte) (1 + random.nextInt(12));
                blob[155] = 0;
            }
            TimeZoneInformation tz = TimeZoneInformation.parse(blob);
            int year = 1900 + random.nextInt(300);
            assertThat(TimeZones.match(tz, year)).isNotNull();
            TimeZoneRules rules = tz.rules();
            Instant instant = Instant.ofEpochSecond(random.nextInt());
            assertThat(rules.toInstant(rules.toLocal(instant))).isNotNull();
        }
        assertThat(TimeZones.match(TimeZoneInformation.UTC, Integer.MAX_VALUE)).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeZoneInformation.forZone(BERLIN, Integer.MIN_VALUE)).isNotNull();
    }

    /**
     * The Timezone of every calendar item in the real-device captures (a French lab talking to
     * Exchange 2010): Central European rules, and US Eastern for the meeting created in New York
     * time, each matched in the year of the item's StartTime.
     */
    @Test
    void corpusBlobsMatchTheZonesTheCapturesImply() {
        Map<String, ZoneId> expected = Map.of("xP///", BERLIN, "LAEAA", NEW_YORK);
        List<String> seen = new ArrayList<>();
        for (CorpusItems.Item item : CorpusItems.all()) {
            if (item.itemClass() != ItemClass.CALENDAR) {
                continue;
            }
            WbxmlElement tzElement = item.applicationData().child(CalendarEvent.TIMEZONE.tag());
            WbxmlElement start = item.applicationData().child(CalendarEvent.START_TIME.tag());
            if (tzElement == null || start == null) {
                continue;
            }
            String base64 = tzElement.textOrOpaqueAsString();
            int year = Integer.parseInt(start.text().substring(0, 4));
            ZoneId want = expected.get(base64.substring(0, 5));
            assertThat(want).as("an unexpected zone in " + item).isNotNull();
            ZoneId matched = TimeZones.match(TimeZoneInformation.fromBase64(base64), year);
            assertThat(matched).as(item.toString()).isEqualTo(want);
            if (want.equals(BERLIN)) {
                // The named blob says "(UTC+01:00) Bruxelles, Copenhague...": same rules as Berlin.
                assertThat(sameYear(matched.getRules(), ZoneId.of("Europe/Brussels").getRules(), year)).isTrue();
                assertThat(sameYear(matched.getRules(), ZoneId.of("Europe/Paris").getRules(), year)).isTrue();
            }
            seen.add(base64.substring(0, 12) + "/" + year);
        }
        assertThat(seen).as("calendar items with a Timezone in the corpus").hasSizeGreaterThanOrEqualTo(10);
        assertThat(seen.stream().map(s -> s.substring(0, 5)).distinct()).containsExactlyInAnyOrder("xP///", "LAEAA");
    }

    private static TimeZoneInformation unnamed(TimeZoneInformation tz) {
        return new TimeZoneInformation(tz.bias(), "", tz.standardDate(), tz.standardBias(), "", tz.daylightDate(),
                tz.daylightBias());
    }

    /** Whether the year's changes fit in a blob: none, or one into daylight time and one out. */
    private static boolean fits(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> transitions = TimeZones.transitionsIn(rules, year);
        if (transitions.isEmpty()) {
            return true;
        }
        if (transitions.size() != 2) {
            return false;
        }
        ZoneOffsetTransition a = transitions.get(0);
        ZoneOffsetTransition b = transitions.get(1);
        return a.getOffsetBefore().equals(b.getOffsetAfter()) && a.getOffsetAfter().equals(b.getOffsetBefore())
                && rules.getStandardOffset(a.getInstant()).equals(rules.getStandardOffset(b.getInstant()))
                && a.getOffsetBefore().getTotalSeconds() % 60 == 0 && a.getOffsetAfter().getTotalSeconds() % 60 == 0;
    }

    private static boolean sameYear(ZoneRules a, ZoneRules b, int year) {
        Instant at = LocalDate.of(year, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return TimeZones.transitionsIn(a, year).equals(TimeZones.transitionsIn(b, year))
                && a.getOffset(at).equals(b.getOffset(at));
    }

    /** Every six hours of the year, and a second either side of each transition. */
    private static void assertSameOffsets(TimeZoneRules blob, ZoneRules zone, int year) {
        Instant from = LocalDate.of(year, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = LocalDate.of(year, 12, 30).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Instant> instants = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(6 * 3600)) {
            instants.add(t);
        }
        for (ZoneOffsetTransition t : TimeZones.transitionsIn(zone, year)) {
            instants.add(t.getInstant().minusSeconds(1));
            instants.add(t.getInstant());
        }
        for (Instant t : instants) {
            assertThat(blob.offsetAt(t)).as(t.toString()).isEqualTo(zone.getOffset(t));
        }
    }
}
