package org.pushbox.server.pim.imip;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes iCalendar content lines ([RFC 5545] 3.1): escaped text, quoted parameters, folded at 75 octets. */
final class IcsText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A line whose value is written as given (already in its value type's syntax). */
    IcsText line(String nameAndParams, String value) {
        fold(nameAndParams + ":" + value);
        return this;
    }

    /** A TEXT value, escaped; nothing is written for null. */
    IcsText text(String name, String value) {
        if (value != null) {
            line(name, escape(value));
        }
        return this;
    }

    IcsText utc(String name, Instant value) {
        if (value != null) {
            line(name, UTC.format(value));
        }
        return this;
    }

    /** A DATE (all-day) or UTC DATE-TIME value. */
    IcsText time(String name, Instant value, boolean date) {
        if (value != null) {
            line(date ? name + ";VALUE=DATE" : name, (date ? DATE : UTC).format(value));
        }
        return this;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, with the characters a quoted value cannot hold dropped ([RFC 5545] 3.2). */
    static String param(String value) {
        StringBuilder b = new StringBuilder("\"");
        value.codePoints().filter(c -> c != '"' && c >= 0x20 && c != 0x7F).forEach(b::appendCodePoint);
        return b.append('"').toString();
    }

    /** Folds after at most 75 octets, never inside a UTF-8 sequence; continuation lines start with a space. */
    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
