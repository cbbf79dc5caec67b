package org.pushbox.server.pim.imip;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.RecurrenceProperty;

/**
 * RRULE ([RFC 5545] 3.3.10) to the EAS recurrence pattern ([MS-ASCAL] 2.2.2.38): Type 0 daily, 1 weekly,
 * 2 monthly on a day, 3 monthly on the Nth weekday, 5 yearly on a date, 6 yearly on the Nth weekday.
 * Rules EAS cannot express (hourly, several month days, BYYEARDAY and the like) yield null: the meeting is
 * then stored as its first occurrence only, which is what Exchange shows for such rules too.
 */
final class RecurrenceRules {

    private RecurrenceRules() {
    }

    static PropertyMap toEas(Recur<?> recur, LocalDateTime start, ZoneId zone) {
        if (!recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty() || !recur.getYearDayList().isEmpty()
                || !recur.getWeekNoList().isEmpty() || recur.getMonthDayList().size() > 1) {
            return null;
        }
        PropertyMap.Builder b = PropertyMap.builder();
        int interval = Math.max(1, recur.getInterval());
        List<WeekDay> days = recur.getDayList();
        List<Integer> monthDays = recur.getMonthDayList();
        List<Month> months = recur.getMonthList();
        Frequency frequency = recur.getFrequency();
        switch (frequency) {
            case DAILY:
                if (days.isEmpty()) {
                    b.integer(RecurrenceProperty.TYPE, 0);
                } else {
                    b.integer(RecurrenceProperty.TYPE, 1).integer(RecurrenceProperty.DAY_OF_WEEK, mask(days));
                }
                break;
            case WEEKLY:
                b.integer(RecurrenceProperty.TYPE, 1).integer(RecurrenceProperty.DAY_OF_WEEK,
                        days.isEmpty() ? bit(start.getDayOfWeek()) : mask(days));
                break;
            case MONTHLY:
                if (!nthWeekday(b, days, recur.getSetPosList())) {
                    if (!days.isEmpty()) {
                        return null;
                    }
                    int day = monthDays.isEmpty() ? start.getDayOfMonth() : monthDays.get(0);
                    if (day < 1) {
                        return null;
                    }
                    b.integer(RecurrenceProperty.TYPE, 2).integer(RecurrenceProperty.DAY_OF_MONTH, day);
                }
                break;
            case YEARLY:
                if (months.size() > 1) {
                    return null;
                }
                int month = months.isEmpty() ? start.getMonthValue() : months.get(0).getMonthOfYear();
                b.integer(RecurrenceProperty.MONTH_OF_YEAR, month);
                if (nthWeekday(b, days, recur.getSetPosList())) {
                    b.integer(RecurrenceProperty.TYPE, 6);
                } else {
                    if (!days.isEmpty()) {
                        return null;
                    }
                    int day = monthDays.isEmpty() ? start.getDayOfMonth() : monthDays.get(0);
                    if (day < 1) {
                        return null;
                    }
                    b.integer(RecurrenceProperty.TYPE, 5).integer(RecurrenceProperty.DAY_OF_MONTH, day);
                }
                break;
            default:
                return null;
        }
        b.integer(RecurrenceProperty.INTERVAL, interval);
        if (recur.getCount() > 0) {
            b.integer(RecurrenceProperty.OCCURRENCES, recur.getCount());
        } else if (recur.getUntil() != null) {
            b.time(RecurrenceProperty.UNTIL, until(recur.getUntil(), start, zone));
        }
        return b.build();
    }

    /** Monthly/yearly on the Nth weekday: BYDAY=2TU, or BYDAY=TU;BYSETPOS=2; last is week 5 in EAS. */
    private static boolean nthWeekday(PropertyMap.Builder b, List<WeekDay> days, List<Integer> setPos) {
        if (days.isEmpty()) {
            return false;
        }
        int offset = days.get(0).getOffset();
        if (offset == 0 && setPos.size() == 1) {
            offset = setPos.get(0);
        }
        for (WeekDay d : days) {
            if (d.getOffset() != days.get(0).getOffset()) {
                return false;
            }
        }
        if (offset == 0 || offset < -1 || offset > 5) {
            return false;
        }
        b.integer(RecurrenceProperty.TYPE, 3).integer(RecurrenceProperty.DAY_OF_WEEK, mask(days))
                .integer(RecurrenceProperty.WEEK_OF_MONTH, offset == -1 ? 5 : offset);
        return true;
    }

    private static int mask(List<WeekDay> days) {
        int mask = 0;
        for (WeekDay d : days) {
            mask |= bit(WeekDay.getDayOfWeek(d));
        }
        return mask;
    }

    /** [MS-ASCAL] DayOfWeek: Sunday 1, Monday 2, ... Saturday 64. */
    static int bit(DayOfWeek day) {
        return 1 << (day.getValue() % 7);
    }

    private static Instant until(Temporal until, LocalDateTime start, ZoneId zone) {
        if (until instanceof LocalDate d) {
            // A date UNTIL includes that day's occurrence: the last one starts at the series' start time.
            return ZonedDateTime.of(d, start.toLocalTime(), zone).toInstant();
        }
        if (until instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (until instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (until instanceof Instant i) {
            return i;
        }
        if (until instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        return null;
    }

    /** The RRULE value of an EAS pattern, or null when it has none this writer knows. */
    static String toRrule(PropertyMap r) {
        Long type = r.integer(RecurrenceProperty.TYPE);
        if (type == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        switch (type.intValue()) {
            case 0 -> b.append("FREQ=DAILY");
            case 1 -> b.append("FREQ=WEEKLY;BYDAY=").append(days(r, ""));
            case 2 -> b.append("FREQ=MONTHLY;BYMONTHDAY=").append(r.integer(RecurrenceProperty.DAY_OF_MONTH));
            case 3 -> b.append("FREQ=MONTHLY;BYDAY=").append(days(r, week(r)));
            case 5 -> b.append("FREQ=YEARLY;BYMONTH=").append(r.integer(RecurrenceProperty.MONTH_OF_YEAR))
                    .append(";BYMONTHDAY=").append(r.integer(RecurrenceProperty.DAY_OF_MONTH));
            case 6 -> b.append("FREQ=YEARLY;BYMONTH=").append(r.integer(RecurrenceProperty.MONTH_OF_YEAR))
                    .append(";BYDAY=").append(days(r, week(r)));
            default -> {
                return null;
            }
        }
        if (b.indexOf("null") >= 0 || b.toString().endsWith("=")) {
            return null; // a pattern missing the field its type needs
        }
        Long interval = r.integer(RecurrenceProperty.INTERVAL);
        if (interval != null && interval > 1) {
            b.append(";INTERVAL=").append(interval);
        }
        Long count = r.integer(RecurrenceProperty.OCCURRENCES);
        Instant until = r.time(RecurrenceProperty.UNTIL);
        if (count != null) {
            b.append(";COUNT=").append(count);
        } else if (until != null) {
            b.append(";UNTIL=").append(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(java.time.ZoneOffset.UTC).format(until));
        }
        return b.toString();
    }

    private static String week(PropertyMap r) {
        Long week = r.integer(RecurrenceProperty.WEEK_OF_MONTH);
        return week == null ? "null" : week == 5 ? "-1" : week.toString();
    }

    private static String days(PropertyMap r, String prefix) {
        Long mask = r.integer(RecurrenceProperty.DAY_OF_WEEK);
        if (mask == null || mask == 0) {
            return "";
        }
        String[] names = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((mask & (1L << i)) != 0) {
                out.add(prefix + names[i]);
            }
        }
        return String.join(",", out);
    }
}
