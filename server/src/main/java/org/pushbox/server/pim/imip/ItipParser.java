package org.pushbox.server.pim.imip;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Trigger;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.protocol.model.TimeZones;

/**
 * Reads the iCalendar text of an iMIP message ([RFC 6047]) into an {@link ItipMessage}. Hostile input is
 * bounded: the text length, the number of VEVENTs and of attendees are capped, and anything ical4j cannot
 * read is an {@link ItipException} (the mail then stays an ordinary message).
 */
public final class ItipParser {

    /** Characters of iCalendar text read; an invitation is a few KB, Outlook's largest a few hundred. */
    public static final int MAX_CHARS = 1024 * 1024;
    static final int MAX_EVENTS = 200;
    static final int MAX_ATTENDEES = 500;
    private static final String MAILTO = "mailto:";

    private ItipParser() {
    }

    public static ItipMessage parse(String text) throws ItipException {
        if (text.length() > MAX_CHARS) {
            throw new ItipException("iCalendar text longer than " + MAX_CHARS + " characters");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new ItipException("unreadable iCalendar: " + e.getMessage(), e);
        }
        ItipMethod method = calendar.getProperty(Property.METHOD).map(Property::getValue).flatMap(ItipMethod::of)
                .orElseThrow(() -> new ItipException("no METHOD pushbox acts on"));
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        if (vevents.isEmpty()) {
            throw new ItipException("no VEVENT");
        }
        if (vevents.size() > MAX_EVENTS) {
            throw new ItipException(vevents.size() + " VEVENTs, more than " + MAX_EVENTS);
        }
        List<ItipEvent> events = new ArrayList<>();
        String uid = null;
        try {
            for (VEvent vevent : vevents) {
                ItipEvent event = event(vevent);
                if (uid == null) {
                    uid = event.uid();
                } else if (!uid.equals(event.uid())) {
                    throw new ItipException("VEVENTs of more than one UID");
                }
                if (event.recurrenceId() == null) {
                    events.add(0, event);
                } else {
                    events.add(event);
                }
            }
        } catch (RuntimeException e) {
            throw new ItipException("unusable VEVENT: " + e.getMessage(), e);
        }
        return new ItipMessage(method, events);
    }

    private static ItipEvent event(VEvent e) throws ItipException {
        String uid = text(e, Property.UID);
        if (uid == null || uid.isBlank()) {
            throw new ItipException("VEVENT without UID");
        }
        When start = when(e, Property.DTSTART);
        When end = when(e, Property.DTEND);
        Instant startTime = start == null ? null : start.instant();
        Instant endTime = end != null ? end.instant() : endFromDuration(e, startTime, start);
        When stamp = when(e, Property.DTSTAMP);
        When recurrenceId = when(e, Property.RECURRENCE_ID);
        ZoneId zone = start == null ? ZoneOffset.UTC : start.zone();
        String organizer = e.getProperty(Property.ORGANIZER).map(Property::getValue).map(ItipParser::address)
                .orElse(null);
        String organizerName = e.getProperty(Property.ORGANIZER).flatMap(p -> param(p, Parameter.CN)).orElse(null);
        List<ItipAttendee> attendees = new ArrayList<>();
        for (Property p : e.getProperties(Property.ATTENDEE)) {
            String email = address(p.getValue());
            if (email != null && attendees.size() < MAX_ATTENDEES) {
                attendees.add(attendee(p, email));
            }
        }
        Optional<RRule<?>> rrule = e.getProperty(Property.RRULE);
        var recurrence = rrule.isPresent() && start != null
                ? RecurrenceRules.toEas(rrule.get().getRecur(), start.local(), zone) : null;
        String status = text(e, Property.STATUS);
        return new ItipEvent(uid.trim(), sequence(e), stamp == null ? null : stamp.instant(),
                recurrenceId == null ? null : recurrenceId.instant(), text(e, Property.SUMMARY),
                text(e, Property.LOCATION), text(e, Property.DESCRIPTION), startTime, endTime,
                start != null && start.allDay(), zone, organizer, organizerName, attendees, recurrence,
                reminder(e, startTime), busyStatus(e), sensitivity(text(e, Property.CLASS)),
                "CANCELLED".equalsIgnoreCase(status));
    }

    private static ItipAttendee attendee(Property p, String email) {
        String role = param(p, Parameter.ROLE).orElse("REQ-PARTICIPANT").toUpperCase(Locale.ROOT);
        String cutype = param(p, Parameter.CUTYPE).orElse("INDIVIDUAL").toUpperCase(Locale.ROOT);
        int type = cutype.equals("RESOURCE") || cutype.equals("ROOM") ? 3
                : role.equals("OPT-PARTICIPANT") || role.equals("NON-PARTICIPANT") ? 2 : 1;
        return new ItipAttendee(email, param(p, Parameter.CN).orElse(null),
                PartStat.of(param(p, Parameter.PARTSTAT).orElse(null)), type,
                param(p, Parameter.RSVP).map(v -> v.equalsIgnoreCase("TRUE")).orElse(false));
    }

    /** The address of a cal-address value: mailto: URIs only (case-insensitive scheme), else null. */
    static String address(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (!v.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            return null;
        }
        String address = v.substring(MAILTO.length()).trim();
        return address.isEmpty() || address.length() > 320 || !address.contains("@") ? null : address;
    }

    private static Optional<String> param(Property p, String name) {
        return p.getParameter(name).map(Parameter::getValue).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static String text(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static int sequence(VEvent e) {
        String value = text(e, Property.SEQUENCE);
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    /** TRANSP and Outlook's X-MICROSOFT-CDO-INTENDEDSTATUS; an opaque event is busy. */
    private static int busyStatus(VEvent e) {
        String intended = e.getProperty("X-MICROSOFT-CDO-INTENDEDSTATUS").map(Property::getValue).orElse("");
        switch (intended.trim().toUpperCase(Locale.ROOT)) {
            case "FREE":
                return 0;
            case "TENTATIVE":
                return 1;
            case "OOF":
                return 3;
            case "WORKINGELSEWHERE":
                return 4;
            case "BUSY":
                return 2;
            default:
                return "TRANSPARENT".equalsIgnoreCase(text(e, Property.TRANSP)) ? 0 : 2;
        }
    }

    static int sensitivity(String clazz) {
        if (clazz == null) {
            return 0;
        }
        switch (clazz.trim().toUpperCase(Locale.ROOT)) {
            case "PRIVATE":
                return 2;
            case "CONFIDENTIAL":
                return 3;
            default:
                return 0;
        }
    }

    /** Minutes before the start of the first VALARM that triggers before (or at) the start. */
    private static Integer reminder(VEvent e, Instant start) {
        for (VAlarm alarm : e.getAlarms()) {
            Optional<Trigger> trigger = alarm.getTrigger();
            if (trigger.isEmpty()) {
                continue;
            }
            Trigger t = trigger.get();
            TemporalAmount duration = t.getDuration();
            long minutes;
            if (duration != null) {
                if (param(t, Parameter.RELATED).map("END"::equalsIgnoreCase).orElse(false)) {
                    continue;
                }
                // ical4j gives weeks and days as a Period, times as a Duration.
                minutes = -(duration instanceof java.time.Period period ? Duration.ofDays(period.getDays())
                        : Duration.from(duration)).toMinutes();
            } else if (start != null && t.getDate() != null) {
                minutes = Duration.between(Instant.from(t.getDate()), start).toMinutes();
            } else {
                continue;
            }
            if (minutes >= 0) {
                return (int) Math.min(minutes, Integer.MAX_VALUE);
            }
        }
        return null;
    }

    private static Instant endFromDuration(VEvent e, Instant start, When startWhen) {
        if (start == null) {
            return null;
        }
        Optional<Property> duration = e.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
            return ZonedDateTime.ofInstant(start, startWhen.zone()).plus(amount).toInstant();
        }
        // RFC 5545 3.6.1: without DTEND or DURATION a date lasts one day, a date-time no time at all.
        return startWhen.allDay() ? start.plus(Duration.ofDays(1)) : start;
    }

    /** A date or date-time value with the zone it was written in. */
    private record When(Instant instant, ZoneId zone, boolean allDay, LocalDateTime local) {
    }

    private static When when(VEvent e, String name) {
        Optional<Property> p = e.getProperty(name);
        if (p.isEmpty() || !(p.get() instanceof DateProperty<?> date) || date.getDate() == null) {
            return null;
        }
        Temporal t = date.getDate();
        if (t instanceof LocalDate d) {
            return new When(d.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, true, d.atStartOfDay());
        }
        if (t instanceof ZonedDateTime z) {
            return new When(z.toInstant(), zone(date, z.getZone(), z.getYear()), false, z.toLocalDateTime());
        }
        if (t instanceof OffsetDateTime o) {
            return new When(o.toInstant(), ZoneOffset.UTC, false, o.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (t instanceof Instant i) {
            return new When(i, ZoneOffset.UTC, false, LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        }
        if (t instanceof LocalDateTime l) {
            // A floating time: pushbox does not know the recipient's zone, so it reads it as UTC.
            return new When(l.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, false, l);
        }
        return null;
    }

    /** An IANA name when the TZID is one, else the zone ical4j built from the VTIMEZONE. */
    private static ZoneId zone(DateProperty<?> date, ZoneId parsed, int year) {
        Optional<TzId> tzid = date.getParameter(Parameter.TZID);
        if (tzid.isPresent()) {
            try {
                return ZoneId.of(tzid.get().getValue().trim());
            } catch (RuntimeException e) {
                // A Windows or custom name: ical4j built the zone from the VTIMEZONE, under a made-up id.
            }
        }
        return iana(parsed, year);
    }

    /**
     * The IANA zone with the same rules as a zone ical4j built from a VTIMEZONE (so Outlook's
     * "W. Europe Standard Time" is Europe/Berlin), else that zone itself.
     */
    private static ZoneId iana(ZoneId parsed, int year) {
        if (!parsed.getId().startsWith("ical4j")) {
            return parsed;
        }
        try {
            return TimeZones.find(TimeZoneInformation.forZone(parsed, year), year).orElse(parsed);
        } catch (RuntimeException e) {
            return parsed;
        }
    }
}
