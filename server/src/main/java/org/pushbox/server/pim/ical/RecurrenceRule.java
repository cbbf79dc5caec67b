package org.pushbox.server.pim.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An RRULE in the terms of an EAS Recurrence ([MS-ASCAL] 2.2.2.38): Type 0 daily, 1 weekly, 2 monthly on
 * a day, 3 monthly on the Nth weekday, 5 yearly on a date, 6 yearly on the Nth weekday; DayOfWeek is the
 * mask Sunday=1 ... Saturday=64 and WeekOfMonth 5 means the last. Rules EAS cannot express (hourly,
 * BYHOUR, several months, BYYEARDAY, ...) are refused with the reason, rather than imported wrongly.
 */
public record RecurrenceRule(int type, Integer interval, Integer occurrences, Instant until, Integer dayOfWeek,
        Integer dayOfMonth, Integer weekOfMonth, Integer monthOfYear, Integer firstDayOfWeek) {

    private static final List<String> DAYS = List.of("SU", "MO", "TU", "WE", "TH", "FR", "SA");
    private static final Set<String> KNOWN = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY",
            "BYMONTH", "BYSETPOS", "WKST");

    /** An RRULE that has no EAS form. */
    public static final class UnsupportedRuleException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedRuleException(String rule, String why) {
            super("RRULE " + rule + " has no EAS form: " + why);
        }
    }

    /**
     * Reads {@code rule}; {@code start} is the series' first occurrence (its weekday, day and month fill
     * what the rule leaves out), {@code zone} the zone a date-only UNTIL is read in.
     */
    public static RecurrenceRule parse(String rule, LocalDateTime start, ZoneId zone)
            throws UnsupportedRuleException {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = part.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            if (!KNOWN.contains(key)) {
                throw new UnsupportedRuleException(rule, key + " is not supported");
            }
            parts.put(key, part.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
        }
        String freq = parts.get("FREQ");
        if (freq == null) {
            throw new UnsupportedRuleException(rule, "no FREQ");
        }
        try {
            Integer interval = parts.containsKey("INTERVAL") ? Integer.valueOf(parts.get("INTERVAL")) : null;
            if (interval != null && (interval < 1 || interval > 999)) {
                throw new UnsupportedRuleException(rule, "INTERVAL out of range");
            }
            Integer count = parts.containsKey("COUNT") ? Integer.valueOf(parts.get("COUNT")) : null;
            if (count != null && (count < 1 || count > 999)) {
                throw new UnsupportedRuleException(rule, "COUNT out of range (EAS allows 1 to 999)");
            }
            Instant until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL"), start, zone) : null;
            Integer wkst = parts.containsKey("WKST") ? day(parts.get("WKST"), rule) : null;
            String byDay = parts.get("BYDAY");
            String byMonthDay = parts.get("BYMONTHDAY");
            String byMonth = parts.get("BYMONTH");
            String bySetPos = parts.get("BYSETPOS");
            if (byMonth != null && byMonth.contains(",")) {
                throw new UnsupportedRuleException(rule, "more than one BYMONTH");
            }
            if (byMonthDay != null && (byMonthDay.contains(",") || byMonthDay.startsWith("-"))) {
                throw new UnsupportedRuleException(rule, "BYMONTHDAY must be one day counted from the start");
            }
            int startDay = start.getDayOfMonth();
            int startMonth = start.getMonthValue();
            int startMask = mask(start.getDayOfWeek());
            return switch (freq) {
                case "DAILY" -> {
                    if (byDay != null) {
                        if (interval != null && interval > 1) {
                            throw new UnsupportedRuleException(rule, "BYDAY with an interval of days");
                        }
                        yield new RecurrenceRule(1, null, count, until, weekdays(byDay, rule), null, null, null, wkst);
                    }
                    noneOf(rule, byMonthDay, byMonth, bySetPos);
                    yield new RecurrenceRule(0, interval, count, until, null, null, null, null, wkst);
                }
                case "WEEKLY" -> {
                    noneOf(rule, byMonthDay, byMonth, bySetPos);
                    yield new RecurrenceRule(1, interval, count, until, byDay == null ? startMask : weekdays(byDay, rule),
                            null, null, null, wkst);
                }
                case "MONTHLY" -> {
                    if (byMonth != null) {
                        throw new UnsupportedRuleException(rule, "BYMONTH in a monthly rule");
                    }
                    if (byDay != null) {
                        int[] nth = nthWeekday(byDay, bySetPos, rule);
                        yield new RecurrenceRule(3, interval, count, until, nth[1], null, nth[0], null, wkst);
                    }
                    if (bySetPos != null) {
                        throw new UnsupportedRuleException(rule, "BYSETPOS without BYDAY");
                    }
                    yield new RecurrenceRule(2, interval, count, until, null,
                            byMonthDay == null ? startDay : Integer.valueOf(byMonthDay), null, null, wkst);
                }
                case "YEARLY" -> {
                    int month = byMonth == null ? startMonth : Integer.parseInt(byMonth);
                    if (byDay != null) {
                        int[] nth = nthWeekday(byDay, bySetPos, rule);
                        yield new RecurrenceRule(6, interval, count, until, nth[1], null, nth[0], month, wkst);
                    }
                    if (bySetPos != null) {
                        throw new UnsupportedRuleException(rule, "BYSETPOS without BYDAY");
                    }
                    yield new RecurrenceRule(5, interval, count, until, null,
                            byMonthDay == null ? startDay : Integer.valueOf(byMonthDay), null, month, wkst);
                }
                default -> throw new UnsupportedRuleException(rule, "FREQ=" + freq + " is not daily, weekly, "
                        + "monthly or yearly");
            };
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new UnsupportedRuleException(rule, "malformed value (" + e.getMessage() + ")");
        }
    }

    /** The RRULE value; {@code allDay} writes UNTIL as a DATE in {@code zone}, else as UTC. */
    public String format(boolean allDay, ZoneId zone) {
        StringBuilder b = new StringBuilder("FREQ=");
        b.append(switch (type) {
            case 0 -> dayOfWeek != null ? "WEEKLY" : "DAILY";
            case 1 -> "WEEKLY";
            case 2, 3 -> "MONTHLY";
            default -> "YEARLY";
        });
        if (interval != null && interval > 1) {
            b.append(";INTERVAL=").append(interval);
        }
        if (occurrences != null) {
            b.append(";COUNT=").append(occurrences);
        } else if (until != null) {
            b.append(";UNTIL=").append(allDay ? IcsTimes.DATE.format(until.atZone(zone).toLocalDate())
                    : IcsTimes.utc(until));
        }
        switch (type) {
            case 0, 1 -> {
                if (dayOfWeek != null) {
                    b.append(";BYDAY=").append(days(dayOfWeek));
                }
            }
            case 2 -> b.append(";BYMONTHDAY=").append(dayOfMonth == null ? 1 : dayOfMonth);
            case 3, 6 -> {
                if (type == 6) {
                    b.append(";BYMONTH=").append(monthOfYear == null ? 1 : monthOfYear);
                }
                int week = weekOfMonth == null ? 1 : weekOfMonth;
                int pos = week == 5 ? -1 : week;
                int mask = dayOfWeek == null ? 0 : dayOfWeek;
                if (Integer.bitCount(mask) == 1) {
                    b.append(";BYDAY=").append(pos).append(days(mask));
                } else {
                    b.append(";BYDAY=").append(days(mask)).append(";BYSETPOS=").append(pos);
                }
            }
            default -> b.append(";BYMONTH=").append(monthOfYear == null ? 1 : monthOfYear).append(";BYMONTHDAY=")
                    .append(dayOfMonth == null ? 1 : dayOfMonth);
        }
        if (firstDayOfWeek != null) {
            b.append(";WKST=").append(DAYS.get(firstDayOfWeek));
        }
        return b.toString();
    }

    private static Instant until(String value, LocalDateTime start, ZoneId zone) {
        if (value.length() == 8) {
            // A date-only UNTIL includes an occurrence on that date: the series' start time on it.
            return LocalDate.parse(value, IcsTimes.DATE).atTime(start.toLocalTime()).atZone(zone).toInstant();
        }
        boolean utc = value.endsWith("Z");
        LocalDateTime local = LocalDateTime.parse(utc ? value.substring(0, value.length() - 1) : value, IcsTimes.LOCAL);
        return utc ? local.toInstant(java.time.ZoneOffset.UTC) : local.atZone(zone).toInstant();
    }

    /** [week of month (5 = last), day mask] of "2TU", "-1FR", or "MO,TU,WE,TH,FR" with BYSETPOS. */
    private static int[] nthWeekday(String byDay, String bySetPos, String rule) throws UnsupportedRuleException {
        if (bySetPos != null) {
            if (byDay.matches(".*\\d.*")) {
                throw new UnsupportedRuleException(rule, "BYSETPOS with numbered BYDAY");
            }
            return new int[] {week(Integer.parseInt(bySetPos), rule), weekdays(byDay, rule)};
        }
        if (byDay.contains(",")) {
            throw new UnsupportedRuleException(rule, "several numbered weekdays");
        }
        String number = byDay.substring(0, byDay.length() - 2);
        if (number.isEmpty() || number.equals("+")) {
            throw new UnsupportedRuleException(rule, "every " + byDay + " of the month");
        }
        return new int[] {week(Integer.parseInt(number.replace("+", "")), rule), weekdays(byDay.substring(byDay.length() - 2), rule)};
    }

    private static int week(int n, String rule) throws UnsupportedRuleException {
        if (n == -1) {
            return 5;
        }
        if (n < 1 || n > 4) {
            throw new UnsupportedRuleException(rule, "week " + n + " of the month (EAS knows 1-4 and last)");
        }
        return n;
    }

    private static int weekdays(String byDay, String rule) throws UnsupportedRuleException {
        int mask = 0;
        for (String d : byDay.split(",")) {
            if (d.length() != 2) {
                throw new UnsupportedRuleException(rule, "numbered weekday " + d + " in a daily or weekly rule");
            }
            mask |= 1 << day(d, rule);
        }
        return mask;
    }

    private static int day(String d, String rule) throws UnsupportedRuleException {
        int i = DAYS.indexOf(d);
        if (i < 0) {
            throw new UnsupportedRuleException(rule, "unknown weekday " + d);
        }
        return i;
    }

    static int mask(DayOfWeek day) {
        return 1 << (day.getValue() % 7);
    }

    private static String days(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(DAYS.get(i));
            }
        }
        return String.join(",", out);
    }

    private static void noneOf(String rule, String... parts) throws UnsupportedRuleException {
        for (String p : parts) {
            if (p != null) {
                throw new UnsupportedRuleException(rule, "BYMONTHDAY, BYMONTH or BYSETPOS in a daily or weekly rule");
            }
        }
    }
}
