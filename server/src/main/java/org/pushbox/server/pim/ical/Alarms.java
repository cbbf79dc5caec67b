package org.pushbox.server.pim.ical;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one VALARM an EAS item carries (a Reminder in minutes before the start). The first VALARM with a
 * TRIGGER before the start is mapped; its other properties (ACTION, DESCRIPTION, Apple's X-WR-ALARMUID...)
 * are kept in a VALARM marked {@value #MARK}, written again around the item's current reminder on export.
 */
final class Alarms {

    static final String MARK = "X-PUSHBOX-REMINDER";

    private Alarms() {
    }

    /** Minutes before the start a relative TRIGGER means; null for an absolute trigger or one after the start. */
    static Integer minutesBefore(IcsComponent alarm) {
        IcsProperty trigger = alarm.property("TRIGGER").orElse(null);
        if (trigger == null || "DATE-TIME".equalsIgnoreCase(trigger.parameter("VALUE"))
                || "END".equalsIgnoreCase(trigger.parameter("RELATED"))) {
            return null;
        }
        Duration d = duration(trigger.value());
        if (d == null || d.isNegative() == false && !d.isZero()) {
            return null;
        }
        long minutes = -d.toMinutes();
        return minutes <= Integer.MAX_VALUE ? (int) minutes : null;
    }

    /** An iCalendar DURATION (with weeks, which java.time does not parse); null when malformed. */
    static Duration duration(String value) {
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        boolean negative = v.startsWith("-");
        String body = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
        try {
            Duration d;
            if (body.matches("P\\d+W")) {
                d = Duration.ofDays(7L * Long.parseLong(body.substring(1, body.length() - 1)));
            } else {
                d = Duration.parse(body);
            }
            return negative ? d.negated() : d;
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** The kept part of a mapped alarm: everything but its TRIGGER, marked. */
    static IcsComponent kept(IcsComponent alarm) {
        List<IcsProperty> rest = new ArrayList<>();
        rest.add(IcsProperty.of(MARK, "TRUE"));
        alarm.properties().stream().filter(p -> !p.name().equals("TRIGGER")).forEach(rest::add);
        return new IcsComponent("VALARM", rest, alarm.components());
    }

    /** The VALARM for a reminder, around the kept part of the imported one (or a plain display alarm). */
    static IcsComponent alarm(int minutes, IcsComponent kept) {
        IcsComponent.Builder b = new IcsComponent.Builder("VALARM");
        b.add(IcsProperty.of("TRIGGER", minutes == 0 ? "PT0S" : "-PT" + minutes + "M"));
        if (kept == null) {
            b.add(IcsProperty.of("ACTION", "DISPLAY")).add(IcsProperty.text("DESCRIPTION", "Reminder"));
        } else {
            kept.properties().stream().filter(p -> !p.name().equals(MARK)).forEach(b::add);
            kept.components().forEach(b::add);
        }
        return b.build();
    }
}
