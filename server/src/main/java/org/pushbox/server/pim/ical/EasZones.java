package org.pushbox.server.pim.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.model.SystemTime;
import org.pushbox.protocol.model.TimeZoneInformation;

/**
 * Between an IANA zone and the TIME_ZONE_INFORMATION blob an EAS event carries: the blob of a zone for
 * a year (its standard offset and the yearly daylight-saving rule in Windows' day-in-month form), and the
 * zone a blob means (the first well-known zone whose blob has the same offsets and rules; else a fixed
 * offset, which keeps the times right but loses daylight saving).
 */
public final class EasZones {

    private EasZones() {
    }

    public static TimeZoneInformation blob(ZoneId zone, int year) {
        ZoneRules rules = zone.getRules();
        Instant midYear = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        ZoneOffset standard = rules.getStandardOffset(midYear);
        int bias = -standard.getTotalSeconds() / 60;
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition t = rules.nextTransition(midYear.minusSeconds(1));
        while (t != null && t.getInstant().atOffset(ZoneOffset.UTC).getYear() == year) {
            transitions.add(t);
            t = rules.nextTransition(t.getInstant());
        }
        ZoneOffsetTransition start = null;
        ZoneOffsetTransition end = null;
        for (ZoneOffsetTransition tr : transitions) {
            if (tr.getOffsetAfter().getTotalSeconds() > tr.getOffsetBefore().getTotalSeconds()) {
                start = start == null ? tr : start;
            } else {
                end = end == null ? tr : end;
            }
        }
        String name = zone.getId();
        String shortName = name.length() > 32 ? name.substring(0, 32) : name;
        if (start == null || end == null || rules.getTransitionRules().isEmpty()) {
            return new TimeZoneInformation(bias, shortName, SystemTime.NONE, 0, shortName, SystemTime.NONE, 0);
        }
        int daylightBias = -(start.getOffsetAfter().getTotalSeconds() - standard.getTotalSeconds()) / 60;
        return new TimeZoneInformation(bias, shortName, dayInMonth(end.getDateTimeBefore()), 0, shortName,
                dayInMonth(start.getDateTimeBefore()), daylightBias);
    }

    /** The zone a blob means, for the year of {@code when}. */
    public static ZoneId zone(TimeZoneInformation tz, Instant when) {
        int year = when.atOffset(ZoneOffset.UTC).getYear();
        if (tz.bias() == 0 && !tz.observesDaylightTime()) {
            return ZoneOffset.UTC;
        }
        for (ZoneId candidate : WindowsZones.all()) {
            TimeZoneInformation other = blob(candidate, year);
            if (other.bias() == tz.bias() && other.standardBias() == tz.standardBias()
                    && (!tz.observesDaylightTime() ? !other.observesDaylightTime()
                    : other.daylightBias() == tz.daylightBias() && sameRule(other.standardDate(), tz.standardDate())
                    && sameRule(other.daylightDate(), tz.daylightDate()))) {
                return candidate;
            }
        }
        return ZoneOffset.ofTotalSeconds(-(tz.bias() + tz.standardBias()) * 60);
    }

    private static boolean sameRule(SystemTime a, SystemTime b) {
        return a.month() == b.month() && a.dayOfWeek() == b.dayOfWeek() && a.day() == b.day() && a.hour() == b.hour()
                && a.minute() == b.minute();
    }

    private static SystemTime dayInMonth(LocalDateTime local) {
        int occurrence = (local.getDayOfMonth() - 1) / 7 + 1;
        if (local.getDayOfMonth() + 7 > local.toLocalDate().lengthOfMonth()) {
            occurrence = 5; // the last such weekday of the month
        }
        return SystemTime.recurring(local.getMonthValue(), local.getDayOfWeek().getValue() % 7, occurrence,
                local.getHour(), local.getMinute());
    }
}
