package org.pushbox.protocol.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The two UTC date-time forms of [MS-ASDTYPE]: the extended form {@code 2026-11-22T05:06:47.000Z}
 * (milliseconds optional on input, always written) and the compact form {@code 20261122T050647Z}
 * (Calendar times, InstanceId). Parsing is exact: no other separators, no offsets, no lenient
 * field values (month 13, 30 February and second 60 are refused).
 */
public enum EasDateTime {
    /** {@code YYYY-MM-DDTHH:MM:SS.mmmZ}. */
    EXTENDED("YYYY-MM-DDTHH:MM:SS.mmmZ"),
    /** {@code YYYYMMDDTHHMMSSZ}. */
    COMPACT("YYYYMMDDTHHMMSSZ");

    private final String pattern;

    EasDateTime(String pattern) {
        this.pattern = pattern;
    }

    /** The pattern as the specification writes it, for messages. */
    public String pattern() {
        return pattern;
    }

    /** Parses text in this form; {@code null} when it is not one. */
    public Instant parseOrNull(String text) {
        return this == EXTENDED ? parseExtended(text) : parseCompact(text);
    }

    /** Parses text in either form; {@code null} when it is neither. */
    public static Instant parseEither(String text) {
        Instant extended = parseExtended(text);
        return extended != null ? extended : parseCompact(text);
    }

    /** Writes an instant in this form; the instant must lie in years 0000-9999. */
    public String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new IllegalArgumentException(instant + " has no four-digit year");
        }
        StringBuilder sb = new StringBuilder(24);
        boolean ext = this == EXTENDED;
        pad(sb, t.getYear(), 4).append(ext ? "-" : "");
        pad(sb, t.getMonthValue(), 2).append(ext ? "-" : "");
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(ext ? ":" : "");
        pad(sb, t.getMinute(), 2).append(ext ? ":" : "");
        pad(sb, t.getSecond(), 2);
        if (ext) {
            pad(sb.append('.'), t.getNano() / 1_000_000, 3);
        }
        return sb.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        sb.append("0".repeat(width - digits.length()));
        return sb.append(digits);
    }

    private static Instant parseExtended(String s) {
        // positions:      0123456789012345678 9 0123
        //                 YYYY-MM-DDTHH:MM:SS[.mmm]Z
        if (s.length() != 20 && s.length() != 24) {
            return null;
        }
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(s.length() - 1) != 'Z') {
            return null;
        }
        int millis = 0;
        if (s.length() == 24) {
            if (s.charAt(19) != '.') {
                return null;
            }
            millis = digits(s, 20, 3);
        }
        return build(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2), digits(s, 11, 2), digits(s, 14, 2),
                digits(s, 17, 2), millis);
    }

    private static Instant parseCompact(String s) {
        // YYYYMMDDTHHMMSSZ
        if (s.length() != 16 || s.charAt(8) != 'T' || s.charAt(15) != 'Z') {
            return null;
        }
        return build(digits(s, 0, 4), digits(s, 4, 2), digits(s, 6, 2), digits(s, 9, 2), digits(s, 11, 2),
                digits(s, 13, 2), 0);
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant build(int year, int month, int day, int hour, int minute, int second, int millis) {
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
