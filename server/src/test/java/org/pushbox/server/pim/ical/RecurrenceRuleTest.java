package org.pushbox.server.pim.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RRULE to EAS recurrence and back, for each type, and the rules EAS cannot express. */
class RecurrenceRuleTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 3, 10, 14, 0); // a Tuesday, the 2nd of March
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FREQ=DAILY;INTERVAL=2;COUNT=10                  | 0 | FREQ=DAILY;INTERVAL=2;COUNT=10",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR                 | 1 | FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=WEEKLY                                     | 1 | FREQ=WEEKLY;BYDAY=TU",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;WKST=SU      | 1 | FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;WKST=SU",
        "FREQ=MONTHLY                                    | 2 | FREQ=MONTHLY;BYMONTHDAY=10",
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=6                  | 3 | FREQ=MONTHLY;COUNT=6;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=-1FR                         | 3 | FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1   | 3 | FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY                                     | 5 | FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10",
        "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH                | 6 | FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
        "FREQ=WEEKLY;UNTIL=20260331T120000Z              | 1 | FREQ=WEEKLY;UNTIL=20260331T120000Z;BYDAY=TU"})
    void mapsAndWritesBack(String rrule, int type, String written) throws Exception {
        RecurrenceRule r = RecurrenceRule.parse(rrule, START, BERLIN);
        assertThat(r.type()).isEqualTo(type);
        assertThat(r.format(false, BERLIN)).isEqualTo(written);
        assertThat(RecurrenceRule.parse(written, START, BERLIN)).isEqualTo(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=HOURLY", "FREQ=MINUTELY;COUNT=2", "FREQ=DAILY;BYHOUR=9,17", "FREQ=YEARLY;BYMONTH=1,7",
        "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=MONTHLY;BYDAY=TU", "FREQ=YEARLY;BYYEARDAY=100",
        "FREQ=MONTHLY;BYDAY=5TU", "FREQ=WEEKLY;COUNT=1000", "FREQ=DAILY;INTERVAL=2;BYDAY=MO", "INTERVAL=2",
        "FREQ=WEEKLY;UNTIL=2026-03-31", "FREQ=MONTHLY;BYSETPOS=2"})
    void refusesWhatEasCannotExpress(String rrule) {
        assertThatThrownBy(() -> RecurrenceRule.parse(rrule, START, BERLIN))
                .isInstanceOf(RecurrenceRule.UnsupportedRuleException.class).hasMessageStartingWith("RRULE " + rrule);
    }

    @ParameterizedTest
    @CsvSource({"W. Europe Standard Time, Europe/Berlin", "/mozilla.org/20050126_1/America/New_York, America/New_York",
        "AUS Eastern Standard Time, Australia/Sydney", "India Standard Time, Asia/Kolkata", "Asia/Kolkata, Asia/Kolkata",
        "/citadel.org/20250101_1/Europe/Paris, Europe/Paris"})
    void zoneNames(String tzid, String zone) {
        assertThat(new ZoneResolver().resolve(tzid)).contains(ZoneId.of(zone));
    }
}
