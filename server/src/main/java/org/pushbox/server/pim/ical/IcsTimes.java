package org.pushbox.server.pim.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * DATE and DATE-TIME values of iCalendar: read with their TZID (resolved by a {@link ZoneResolver}), a
 * trailing Z (UTC) or floating (the import's zone), and written back in the same three forms.
 */
public final class IcsTimes {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private IcsTimes() {
    }

    /** A parsed time: an instant in a zone, or (for DATE values) a date, which {@link #instant} puts at midnight. */
    public record Time(LocalDateTime local, ZoneId zone, boolean dateOnly) {
        public Instant instant() {
            return local.atZone(zone).toInstant();
        }

        public LocalDate date() {
            return local.toLocalDate();
        }
    }

    /** Thrown for a value that is not a DATE or DATE-TIME, or a TZID nothing defines. */
    public static final class BadTimeException extends Exception {
        private static final long serialVersionUID = 1L;

        BadTimeException(String message) {
            super(message);
        }
    }

    public static Time parse(IcsProperty p, ZoneResolver zones, ZoneId floating) throws BadTimeException {
        return parse(p.value().trim(), p, zones, floating);
    }

    /** Every value of a comma-separated list (EXDATE, RDATE). */
    public static List<Time> parseList(IcsProperty p, ZoneResolver zones, ZoneId floating) throws BadTimeException {
        List<Time> out = new ArrayList<>();
        for (String v : p.value().split(",")) {
            if (!v.isBlank()) {
                out.add(parse(v.trim(), p, zones, floating));
            }
        }
        return out;
    }

    private static Time parse(String v, IcsProperty p, ZoneResolver zones, ZoneId floating) throws BadTimeException {
        try {
            if (v.length() == 8) {
                return new Time(LocalDate.parse(v, DATE).atStartOfDay(), floating, true);
            }
            boolean utc = v.endsWith("Z") || v.endsWith("z");
            LocalDateTime local = LocalDateTime.parse(utc ? v.substring(0, v.length() - 1) : v, LOCAL);
            if (utc) {
                return new Time(local, ZoneOffset.UTC, false);
            }
            String tzid = p.parameter("TZID");
            if (tzid == null) {
                return new Time(local, floating, false);
            }
            ZoneId zone = zones.resolve(tzid).orElseThrow(() -> new BadTimeException(
                    p.name() + ": unknown time zone '" + tzid + "' (no VTIMEZONE defines it)"));
            return new Time(local, zone, false);
        } catch (DateTimeParseException e) {
            throw new BadTimeException(p.name() + ": '" + v + "' is not a DATE or DATE-TIME");
        }
    }

    /** DTSTART/DTEND-style property of an instant in a zone: TZID and local time, or UTC with Z. */
    public static IcsProperty dateTime(String name, Instant instant, ZoneId zone) {
        if (zone == null || zone instanceof ZoneOffset) {
            return IcsProperty.of(name, utc(instant));
        }
        return IcsProperty.of(name, LOCAL.format(instant.atZone(zone).toLocalDateTime())).with("TZID", zone.getId());
    }

    public static IcsProperty date(String name, LocalDate date) {
        return IcsProperty.of(name, DATE.format(date)).with("VALUE", "DATE");
    }

    public static String utc(Instant instant) {
        return LOCAL.format(instant.atOffset(ZoneOffset.UTC).toLocalDateTime()) + "Z";
    }
}
