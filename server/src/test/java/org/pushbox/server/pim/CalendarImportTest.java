package org.pushbox.server.pim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.model.Attendee;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.CalendarException;
import org.pushbox.protocol.model.Recurrence;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.protocol.model.TimeZoneRules;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.PropertyValue;

/**
 * iCalendar files as Google Calendar, Apple Calendar, Outlook and Thunderbird write them, into calendar
 * events: zones (IANA, Windows names, VTIMEZONE-only), recurrences across daylight-saving changes,
 * all-day events, exceptions, reminders, attendees, and the per-entry error report.
 */
class CalendarImportTest extends PimStoreFixture {

    private List<CalendarEvent> load(String file, ZoneId zone) throws Exception {
        ImportReport report = s.importResource(PimKind.CALENDAR, file, zone);
        assertThat(report.failures()).isEmpty();
        return s.models(PimKind.CALENDAR);
    }

    static CalendarEvent event(List<CalendarEvent> events, String subject) {
        return events.stream().filter(e -> subject.equals(e.get(CalendarEvent.SUBJECT))).findFirst().orElseThrow();
    }

    private String extra(String uid) {
        for (Item item : s.items(PimKind.CALENDAR)) {
            if (item.properties().asMap().get("uid") instanceof PropertyValue.Text t && t.value().equals(uid)) {
                return item.properties().asMap().get(PimKeys.ICALENDAR_EXTRA) instanceof PropertyValue.Text x
                        ? x.value() : "";
            }
        }
        throw new AssertionError("no event " + uid);
    }

    /**
     * Each weekly occurrence, as a device computes it from the event's blob, is at the same wall-clock
     * time in {@code zone} as the first one, on both sides of the daylight-saving change.
     */
    static void occurrencesKeepWallClock(CalendarEvent e, ZoneId zone, int weeks, int stepDays) {
        TimeZoneRules rules = e.get(CalendarEvent.TIMEZONE).rules();
        LocalDateTime first = rules.toLocal(e.get(CalendarEvent.START_TIME));
        for (int k = 0; k < weeks; k++) {
            LocalDateTime local = first.plusDays((long) k * stepDays);
            assertThat(rules.toInstant(local)).as("occurrence %d at %s", k, local)
                    .isEqualTo(local.atZone(zone).toInstant());
        }
        assertThat(first).isEqualTo(e.get(CalendarEvent.START_TIME).atZone(zone).toLocalDateTime());
    }

    @Test
    void googleCalendar() throws Exception {
        List<CalendarEvent> events = load("google-calendar.ics", BERLIN);
        assertThat(events).hasSize(3);

        CalendarEvent planning = event(events, "Q2 planning");
        assertThat(planning.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(planning.get(CalendarEvent.TIMEZONE)).isEqualTo(TimeZoneInformation.UTC);
        assertThat(planning.get(CalendarEvent.ORGANIZER_EMAIL)).isEqualTo("anna@example.org");
        assertThat(planning.get(CalendarEvent.MEETING_STATUS)).isEqualTo(1); // organised by the account itself
        assertThat(planning.get(CalendarEvent.ATTENDEES)).extracting(a -> a.get(Attendee.EMAIL),
                a -> a.get(Attendee.ATTENDEE_TYPE), a -> a.get(Attendee.ATTENDEE_STATUS))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna@example.org", 1, 3),
                        org.assertj.core.groups.Tuple.tuple("bob@example.com", 2, 5));
        assertThat(planning.get(CalendarEvent.REMINDER)).isEqualTo(10);
        assertThat(planning.get(CalendarEvent.BUSY_STATUS)).isEqualTo(2);
        assertThat(extra("7kukuqrfedlqa1ubrsnu3bo7rh@google.com"))
                .contains("X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij", "SEQUENCE:0");

        CalendarEvent sync = event(events, "Team sync (Berlin)");
        Recurrence r = sync.get(CalendarEvent.RECURRENCE);
        assertThat(r.get(Recurrence.TYPE)).isEqualTo(1);
        assertThat(r.get(Recurrence.DAY_OF_WEEK)).isEqualTo(16); // Thursday
        assertThat(r.get(Recurrence.OCCURRENCES)).isEqualTo(8);
        assertThat(r.get(Recurrence.FIRST_DAY_OF_WEEK)).isEqualTo(1);
        assertThat(sync.get(CalendarEvent.TIMEZONE)).isEqualTo(TimeZoneInformation.forZone(BERLIN, 2026));
        occurrencesKeepWallClock(sync, BERLIN, 8, 7); // 5 March to 23 April, across 29 March
        List<CalendarException> exceptions = sync.get(CalendarEvent.EXCEPTIONS);
        assertThat(exceptions).hasSize(2);
        assertThat(exceptions.get(0).get(CalendarException.DELETED)).isTrue();
        assertThat(exceptions.get(0).originalStart()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
        CalendarException moved = exceptions.get(1);
        assertThat(moved.originalStart()).isEqualTo(Instant.parse("2026-03-19T08:00:00Z"));
        assertThat(moved.get(CalendarException.START_TIME)).isEqualTo(Instant.parse("2026-03-19T09:00:00Z"));
        assertThat(moved.get(CalendarException.SUBJECT)).isEqualTo("Team sync (moved)");

        CalendarEvent offsite = event(events, "Offsite");
        assertThat(offsite.get(CalendarEvent.ALL_DAY_EVENT)).isTrue();
        assertThat(offsite.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(offsite.get(CalendarEvent.END_TIME)).isEqualTo(Instant.parse("2026-04-02T22:00:00Z"));
        assertThat(offsite.get(CalendarEvent.BUSY_STATUS)).isZero();
    }

    @Test
    void appleCalendarInNewYork() throws Exception {
        List<CalendarEvent> events = load("apple-calendar.ics", BERLIN);
        CalendarEvent status = event(events, "Monday status (New York)");
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(status.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(status.get(CalendarEvent.RECURRENCE).get(Recurrence.UNTIL))
                .isEqualTo(Instant.parse("2026-03-30T14:00:00Z"));
        occurrencesKeepWallClock(status, newYork, 5, 7); // across 8 March
        assertThat(status.get(CalendarEvent.REMINDER)).isEqualTo(15);
        assertThat(status.get(CalendarEvent.LOCATION)).isEqualTo("Conference Room B");
        String extra = extra("6B2C8E2A-7D44-4F0B-9A4B-2A1E1C0D9F11");
        assertThat(extra).contains("X-WR-ALARMUID:3E8F3A57-0C3D-4E3C-8C0C-2B7E5C8F9A10", "ACTION:AUDIO",
                "X-APPLE-STRUCTURED-LOCATION", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                "TRIGGER;VALUE=DATE-TIME:19760401T005545Z");
        CalendarEvent birthday = event(events, "Johnny's birthday");
        assertThat(birthday.get(CalendarEvent.ALL_DAY_EVENT)).isTrue();
        assertThat(birthday.get(CalendarEvent.RECURRENCE).get(Recurrence.TYPE)).isEqualTo(5);
        assertThat(birthday.get(CalendarEvent.RECURRENCE).get(Recurrence.MONTH_OF_YEAR)).isEqualTo(3);
        assertThat(birthday.get(CalendarEvent.RECURRENCE).get(Recurrence.DAY_OF_MONTH)).isEqualTo(15);
    }

    @Test
    void outlookWithWindowsZoneNames() throws Exception {
        List<CalendarEvent> events = load("outlook-calendar.ics", BERLIN);
        CalendarEvent review = event(events, "Monatsreview");
        assertThat(review.get(CalendarEvent.TIMEZONE)).isEqualTo(TimeZoneInformation.forZone(BERLIN, 2026));
        Recurrence r = review.get(CalendarEvent.RECURRENCE);
        assertThat(List.of(r.get(Recurrence.TYPE), r.get(Recurrence.WEEK_OF_MONTH), r.get(Recurrence.DAY_OF_WEEK),
                r.get(Recurrence.OCCURRENCES))).containsExactly(3, 2, 4, 6);
        assertThat(review.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(review.get(CalendarEvent.REMINDER)).isEqualTo(15);
        assertThat(review.get(CalendarEvent.SENSITIVITY)).isZero();

        ZoneId sydney = ZoneId.of("Australia/Sydney");
        CalendarEvent standUp = event(events, "Sydney stand-up");
        assertThat(standUp.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-24T22:00:00Z"));
        assertThat(standUp.get(CalendarEvent.TIMEZONE)).isEqualTo(TimeZoneInformation.forZone(sydney, 2026));
        occurrencesKeepWallClock(standUp, sydney, 4, 7); // across 5 April, the end of daylight time
        assertThat(standUp.get(CalendarEvent.SENSITIVITY)).isEqualTo(2);
        assertThat(standUp.get(CalendarEvent.BUSY_STATUS)).isEqualTo(1);

        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        CalendarEvent daily = event(events, "Bengaluru daily");
        assertThat(daily.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
        assertThat(daily.get(CalendarEvent.TIMEZONE).observesDaylightTime()).isFalse();
        assertThat(daily.get(CalendarEvent.TIMEZONE).bias()).isEqualTo(-330);
        occurrencesKeepWallClock(daily, kolkata, 10, 1);

        // Outlook's "Customized Time Zone", known only by its VTIMEZONE rules: New York's.
        CalendarEvent call = event(events, "Call with New York");
        assertThat(call.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-03-09T15:30:00Z"));

        CalendarEvent holiday = event(events, "Tag der Arbeit");
        assertThat(holiday.get(CalendarEvent.ALL_DAY_EVENT)).isTrue();
        assertThat(holiday.get(CalendarEvent.BUSY_STATUS)).isEqualTo(3); // X-MICROSOFT-CDO-BUSYSTATUS:OOF
        CalendarEvent leave = event(events, "Urlaub"); // all-day as midnight date-times plus the CDO flag
        assertThat(leave.get(CalendarEvent.ALL_DAY_EVENT)).isTrue();
        assertThat(leave.get(CalendarEvent.START_TIME)).isEqualTo(Instant.parse("2026-05-20T22:00:00Z"));
    }

    @Test
    void thunderbirdEvent() throws Exception {
        CalendarEvent dentist = event(load("thunderbird.ics", BERLIN), "Dentist");
        assertThat(dentist.get(CalendarEvent.SENSITIVITY)).isEqualTo(3);
        assertThat(dentist.get(CalendarEvent.CATEGORIES)).containsExactly("Personal", "Health");
        assertThat(dentist.get(CalendarEvent.REMINDER)).isEqualTo(1440);
        assertThat(extra("b1a1c7e2-3f4d-4e5f-8a9b-0c1d2e3f4a5b")).contains("X-MOZ-GENERATION:2",
                "X-MOZ-LASTACK:20260301T090000Z");
    }

    /** An all-day date stays the same date whatever zone the import and export run in. */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
            "Pacific/Auckland", "Pacific/Honolulu"})
    void allDayEventsKeepTheirDateInEveryZone(String zone) throws Exception {
        s.importResource(PimKind.CALENDAR, "apple-calendar.ics", ZoneId.of(zone));
        s.importResource(PimKind.CALENDAR, "google-calendar.ics", ZoneId.of(zone));
        String exported = s.export(PimKind.CALENDAR, null);
        assertThat(exported).contains("DTSTART;VALUE=DATE:20260315\r\nDTEND;VALUE=DATE:20260316\r\n",
                "DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260403\r\n");
    }

    @Test
    void brokenEntriesAreReportedWithTheirLineAndTheRestIsImported() throws Exception {
        ImportReport report = s.importResource(PimKind.CALENDAR, "broken-calendar.ics", BERLIN);
        assertThat(report.failures()).extracting(ImportReport.Failure::toString).containsExactly(
                "line 11: BEGIN:VEVENT without END:VEVENT",
                "line 15: VEVENT: DTSTART: '2026-03-12 10:00' is not a DATE or DATE-TIME",
                "line 21: VEVENT: DTSTART: unknown time zone 'Mars/Olympus_Mons' (no VTIMEZONE defines it)",
                "line 27: VEVENT: RRULE FREQ=HOURLY;COUNT=3 has no EAS form: FREQ=HOURLY is not daily, weekly, "
                        + "monthly or yearly",
                "line 34: VEVENT: RECURRENCE-ID without its series in this file (UID orphan)");
        assertThat(report.addedCount()).isEqualTo(2);
        assertThat(report.exitCode()).isEqualTo(2);
        CalendarEvent second = event(s.models(PimKind.CALENDAR), "Second good");
        assertThat(second.get(CalendarEvent.END_TIME)).isEqualTo(Instant.parse("2026-03-16T10:45:00Z"));
    }

    @Test
    void overridesBeforeTheirSeriesAreAttachedAndReimportUpdates() throws Exception {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:series-1
                RECURRENCE-ID:20260303T100000Z
                DTSTART:20260303T110000Z
                DTEND:20260303T113000Z
                SUMMARY:Moved
                END:VEVENT
                BEGIN:VEVENT
                UID:series-1
                DTSTART:20260302T100000Z
                DTEND:20260302T103000Z
                RRULE:FREQ=DAILY;COUNT=5
                SUMMARY:Daily
                END:VEVENT
                END:VCALENDAR
                """;
        assertThat(s.importText(PimKind.CALENDAR, ics, BERLIN).addedCount()).isEqualTo(1);
        CalendarEvent daily = s.<CalendarEvent>models(PimKind.CALENDAR).get(0);
        assertThat(daily.get(CalendarEvent.EXCEPTIONS)).singleElement()
                .satisfies(x -> assertThat(x.get(CalendarException.SUBJECT)).isEqualTo("Moved"));
        ImportReport again = s.importText(PimKind.CALENDAR, ics.replace("SUMMARY:Daily", "SUMMARY:Daily v2"), BERLIN);
        assertThat(again.updatedCount()).isEqualTo(1);
        assertThat(s.<CalendarEvent>models(PimKind.CALENDAR)).singleElement()
                .satisfies(e -> assertThat(e.get(CalendarEvent.SUBJECT)).isEqualTo("Daily v2"));
    }
}
