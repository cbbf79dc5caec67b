package org.pushbox.server.pim.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pushbox.protocol.model.Attendee;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.CalendarException;
import org.pushbox.protocol.model.Recurrence;
import org.pushbox.protocol.model.TimeZoneInformation;

/**
 * VEVENT to {@link CalendarEvent} and back (docs/calendar.md has the table). The series and its
 * overrides (VEVENTs with the same UID and a RECURRENCE-ID) become one event with Exceptions; EXDATEs
 * become deleted exceptions. Properties and subcomponents without an EAS field are kept as the item's
 * extra text and written again on export.
 */
public final class EventMapper {

    /** Properties of a VEVENT that fill EAS fields (everything else is kept). */
    private static final Set<String> MAPPED = Set.of("UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY",
            "LOCATION", "DESCRIPTION", "CLASS", "TRANSP", "X-MICROSOFT-CDO-BUSYSTATUS",
            "X-MICROSOFT-CDO-ALLDAYEVENT", "RRULE", "EXDATE", "ORGANIZER", "ATTENDEE", "CATEGORIES");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventMapper.class);
    private static final List<String> BUSY = List.of("FREE", "TENTATIVE", "BUSY", "OOF", "WORKINGELSEWHERE");

    /** An imported event and its kept extra text (null when nothing was left over). */
    public record Imported(CalendarEvent event, String extra) {
    }

    private EventMapper() {
    }

    // ---------------------------------------------------------------- import

    public static Imported fromIcs(IcsComponent vevent, List<IcsComponent> overrides, IcsContext ctx)
            throws MappingException {
        try {
            return read(vevent, overrides, ctx);
        } catch (IcsTimes.BadTimeException | RecurrenceRule.UnsupportedRuleException e) {
            throw new MappingException(e.getMessage());
        }
    }

    private static Imported read(IcsComponent v, List<IcsComponent> overrides, IcsContext ctx)
            throws IcsTimes.BadTimeException, RecurrenceRule.UnsupportedRuleException, MappingException {
        CalendarEvent e = CalendarEvent.EMPTY;
        String uid = v.text("UID");
        e = e.with(CalendarEvent.UID, uid == null || uid.isBlank() ? UUID.randomUUID().toString() : uid);
        IcsProperty dtstart = v.property("DTSTART").orElseThrow(() -> new MappingException("VEVENT without DTSTART"));
        IcsTimes.Time start = IcsTimes.parse(dtstart, ctx.zones(), ctx.floating());
        boolean allDay = start.dateOnly() || "TRUE".equalsIgnoreCase(v.text("X-MICROSOFT-CDO-ALLDAYEVENT"));
        Instant startInstant = start.instant();
        Instant end = end(v, start, ctx);
        if (end.isBefore(startInstant)) {
            throw new MappingException("DTEND before DTSTART");
        }
        ZoneId zone = start.zone();
        e = e.with(CalendarEvent.START_TIME, startInstant).with(CalendarEvent.END_TIME, end)
                .with(CalendarEvent.TIMEZONE, blob(zone, startInstant))
                .with(CalendarEvent.ALL_DAY_EVENT, allDay);
        IcsProperty dtstamp = v.property("DTSTAMP").orElse(null);
        if (dtstamp != null) {
            e = e.with(CalendarEvent.DT_STAMP, IcsTimes.parse(dtstamp, ctx.zones(), ZoneOffset.UTC).instant());
        }
        e = common(e, v);
        String subject = v.text("SUMMARY");
        if (subject != null) {
            e = e.with(CalendarEvent.SUBJECT, subject);
        }
        IcsProperty organizer = v.property("ORGANIZER").orElse(null);
        if (organizer != null) {
            e = e.with(CalendarEvent.ORGANIZER_EMAIL, address(organizer.value()));
            if (organizer.parameter("CN") != null) {
                e = e.with(CalendarEvent.ORGANIZER_NAME, organizer.parameter("CN"));
            }
        }
        List<Attendee> attendees = new ArrayList<>();
        for (IcsProperty a : v.all("ATTENDEE")) {
            attendees.add(attendee(a));
        }
        if (!attendees.isEmpty()) {
            e = e.with(CalendarEvent.ATTENDEES, attendees);
        }
        e = e.with(CalendarEvent.MEETING_STATUS, attendees.isEmpty() && organizer == null ? 0
                : organizer == null || ctx.ownerAddress() == null
                || address(organizer.value()).equalsIgnoreCase(ctx.ownerAddress()) ? 1 : 3);
        List<String> categories = new ArrayList<>();
        v.all("CATEGORIES").forEach(c -> categories.addAll(c.texts()));
        if (!categories.isEmpty()) {
            e = e.with(CalendarEvent.CATEGORIES, categories);
        }
        IcsProperty rrule = v.property("RRULE").orElse(null);
        List<CalendarException> exceptions = new ArrayList<>();
        if (rrule != null) {
            RecurrenceRule rule = RecurrenceRule.parse(rrule.value(), start.local(), zone);
            e = e.with(CalendarEvent.RECURRENCE, recurrence(rule));
            for (IcsProperty exdate : v.all("EXDATE")) {
                for (IcsTimes.Time t : IcsTimes.parseList(exdate, ctx.zones(), zone)) {
                    exceptions.add(CalendarException.deleted(t.dateOnly() && !allDay
                            ? t.date().atTime(start.local().toLocalTime()).atZone(zone).toInstant() : t.instant()));
                }
            }
        }
        for (IcsComponent o : overrides) {
            exceptions.add(exception(o, zone, ctx));
        }
        if (!exceptions.isEmpty()) {
            if (rrule == null) {
                throw new MappingException("RECURRENCE-ID for an event that does not recur (UID " + uid + ")");
            }
            e = e.with(CalendarEvent.EXCEPTIONS, exceptions);
        }
        // The reminder and what is kept.
        IcsComponent.Builder extra = new IcsComponent.Builder("VEVENT");
        boolean kept = false;
        for (IcsProperty p : v.properties()) {
            if (!MAPPED.contains(p.name()) || isDuplicate(v, p)) {
                extra.add(p);
                kept = true;
            }
        }
        boolean reminderMapped = false;
        for (IcsComponent sub : v.components()) {
            Integer minutes = sub.name().equals("VALARM") && !reminderMapped ? Alarms.minutesBefore(sub) : null;
            if (minutes != null) {
                e = e.with(CalendarEvent.REMINDER, minutes);
                extra.add(Alarms.kept(sub));
                reminderMapped = true;
            } else {
                extra.add(sub);
            }
            kept = true;
        }
        return new Imported(e, kept ? IcsWriter.toText(extra.build()) : null);
    }

    /** A second SUMMARY, DESCRIPTION... (only the first is mapped; the rest is kept). */
    private static boolean isDuplicate(IcsComponent v, IcsProperty p) {
        return !Set.of("ATTENDEE", "EXDATE", "CATEGORIES").contains(p.name()) && v.property(p.name()).get() != p;
    }

    /** Body, location, sensitivity and busy status: the fields a series and its overrides share. */
    private static <G extends org.pushbox.protocol.model.ElementGroup<G>> G common(G g, IcsComponent v) {
        String location = v.text("LOCATION");
        if (location != null) {
            g = g.with(CalendarEvent.LOCATION, location);
        }
        String description = v.text("DESCRIPTION");
        if (description != null) {
            g = g.with(CalendarEvent.BODY, Body.of(Body.PLAIN_TEXT, description));
        }
        String cls = v.text("CLASS");
        if (cls != null) {
            g = g.with(CalendarEvent.SENSITIVITY, switch (cls.toUpperCase(Locale.ROOT)) {
                case "PRIVATE" -> 2;
                case "CONFIDENTIAL" -> 3;
                default -> 0;
            });
        }
        String busy = v.text("X-MICROSOFT-CDO-BUSYSTATUS");
        int busyIndex = busy == null ? -1 : BUSY.indexOf(busy.toUpperCase(Locale.ROOT));
        if (busyIndex >= 0) {
            g = g.with(CalendarEvent.BUSY_STATUS, busyIndex);
        } else {
            String transp = v.text("TRANSP");
            g = g.with(CalendarEvent.BUSY_STATUS, "TRANSPARENT".equalsIgnoreCase(transp) ? 0 : 2);
        }
        return g;
    }

    private static Instant end(IcsComponent v, IcsTimes.Time start, IcsContext ctx) throws IcsTimes.BadTimeException,
            MappingException {
        IcsProperty dtend = v.property("DTEND").orElse(null);
        if (dtend != null) {
            IcsTimes.Time end = IcsTimes.parse(dtend, ctx.zones(), start.dateOnly() ? start.zone() : ctx.floating());
            return end.instant();
        }
        IcsProperty duration = v.property("DURATION").orElse(null);
        if (duration != null) {
            Duration d = Alarms.duration(duration.value());
            if (d == null) {
                throw new MappingException("DURATION '" + duration.value() + "' is malformed");
            }
            // Whole days are calendar days in the event's zone (23 or 25 hours across a DST change).
            long days = d.toDays();
            return start.local().plusDays(days).plus(d.minusDays(days)).atZone(start.zone()).toInstant();
        }
        return start.dateOnly() ? start.local().plusDays(1).atZone(start.zone()).toInstant() : start.instant();
    }

    private static CalendarException exception(IcsComponent o, ZoneId seriesZone, IcsContext ctx)
            throws IcsTimes.BadTimeException, MappingException {
        IcsProperty rid = o.property("RECURRENCE-ID").orElseThrow();
        IcsTimes.Time original = IcsTimes.parse(rid, ctx.zones(), seriesZone);
        CalendarException x = CalendarException.EMPTY.with(CalendarException.EXCEPTION_START_TIME, original.instant());
        if ("CANCELLED".equalsIgnoreCase(o.text("STATUS"))) {
            return x.with(CalendarException.DELETED, true);
        }
        IcsProperty dtstart = o.property("DTSTART").orElse(null);
        IcsTimes.Time start = dtstart == null ? original : IcsTimes.parse(dtstart, ctx.zones(), seriesZone);
        x = x.with(CalendarException.START_TIME, start.instant())
                .with(CalendarException.END_TIME, end(o, start, ctx));
        if (start.dateOnly()) {
            x = x.with(CalendarException.ALL_DAY_EVENT, true);
        }
        String subject = o.text("SUMMARY");
        if (subject != null) {
            x = x.with(CalendarException.SUBJECT, subject);
        }
        x = common(x, o);
        for (IcsComponent alarm : o.components("VALARM")) {
            Integer minutes = Alarms.minutesBefore(alarm);
            if (minutes != null) {
                x = x.with(CalendarException.REMINDER, minutes);
                break;
            }
        }
        IcsProperty dtstamp = o.property("DTSTAMP").orElse(null);
        if (dtstamp != null) {
            x = x.with(CalendarException.DT_STAMP, IcsTimes.parse(dtstamp, ctx.zones(), ZoneOffset.UTC).instant());
        }
        return x;
    }

    static Attendee attendee(IcsProperty a) {
        Attendee at = Attendee.EMPTY.with(Attendee.EMAIL, address(a.value()));
        if (a.parameter("CN") != null) {
            at = at.with(Attendee.NAME, a.parameter("CN"));
        }
        String cutype = a.parameter("CUTYPE");
        String role = a.parameter("ROLE");
        int type = cutype != null && Set.of("RESOURCE", "ROOM").contains(cutype.toUpperCase(Locale.ROOT)) ? 3
                : role != null && Set.of("OPT-PARTICIPANT", "NON-PARTICIPANT").contains(role.toUpperCase(Locale.ROOT))
                ? 2 : 1;
        at = at.with(Attendee.ATTENDEE_TYPE, type);
        String partstat = a.parameter("PARTSTAT");
        if (partstat != null) {
            at = at.with(Attendee.ATTENDEE_STATUS, switch (partstat.toUpperCase(Locale.ROOT)) {
                case "ACCEPTED" -> 3;
                case "DECLINED" -> 4;
                case "TENTATIVE" -> 2;
                case "NEEDS-ACTION" -> 5;
                default -> 0;
            });
        }
        return at;
    }

    static String address(String calAddress) {
        String v = calAddress.trim();
        return v.regionMatches(true, 0, "mailto:", 0, 7) ? v.substring(7) : v;
    }

    static TimeZoneInformation blob(ZoneId zone, Instant when) {
        return zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? TimeZoneInformation.UTC
                : EasZones.blob(zone, when.atZone(zone).getYear());
    }

    static Recurrence recurrence(RecurrenceRule r) {
        Recurrence rec = Recurrence.EMPTY.with(Recurrence.TYPE, r.type());
        rec = r.interval() == null ? rec : rec.with(Recurrence.INTERVAL, r.interval());
        rec = r.occurrences() == null ? rec : rec.with(Recurrence.OCCURRENCES, r.occurrences());
        rec = r.until() == null ? rec : rec.with(Recurrence.UNTIL, r.until());
        rec = r.dayOfWeek() == null ? rec : rec.with(Recurrence.DAY_OF_WEEK, r.dayOfWeek());
        rec = r.dayOfMonth() == null ? rec : rec.with(Recurrence.DAY_OF_MONTH, r.dayOfMonth());
        rec = r.weekOfMonth() == null ? rec : rec.with(Recurrence.WEEK_OF_MONTH, r.weekOfMonth());
        rec = r.monthOfYear() == null ? rec : rec.with(Recurrence.MONTH_OF_YEAR, r.monthOfYear());
        return r.firstDayOfWeek() == null ? rec : rec.with(Recurrence.FIRST_DAY_OF_WEEK, r.firstDayOfWeek());
    }

    static RecurrenceRule rule(Recurrence r) {
        Integer type = r.get(Recurrence.TYPE);
        return new RecurrenceRule(type == null ? 0 : type, r.get(Recurrence.INTERVAL), r.get(Recurrence.OCCURRENCES),
                r.get(Recurrence.UNTIL), r.get(Recurrence.DAY_OF_WEEK), r.get(Recurrence.DAY_OF_MONTH),
                r.get(Recurrence.WEEK_OF_MONTH), r.get(Recurrence.MONTH_OF_YEAR), r.get(Recurrence.FIRST_DAY_OF_WEEK));
    }

    // ---------------------------------------------------------------- export

    /**
     * The VEVENTs of a stored event: the series first, then one per changed occurrence. {@code zones}
     * collects the IANA zones used, whose VTIMEZONEs the calendar must carry.
     */
    public static List<IcsComponent> toIcs(CalendarEvent e, String extraText, Set<ZoneId> zones) {
        Instant start = e.get(CalendarEvent.START_TIME);
        if (start == null) {
            start = Instant.EPOCH;
        }
        Instant end = e.get(CalendarEvent.END_TIME) == null ? start : e.get(CalendarEvent.END_TIME);
        boolean allDay = Boolean.TRUE.equals(e.get(CalendarEvent.ALL_DAY_EVENT));
        ZoneId zone = zoneOf(e.get(CalendarEvent.TIMEZONE), start);
        if (!(zone instanceof ZoneOffset)) {
            zones.add(zone);
        }
        IcsComponent extra = parseExtra(extraText);
        String uid = e.get(CalendarEvent.UID) == null ? UUID.randomUUID().toString() : e.get(CalendarEvent.UID);
        IcsComponent.Builder b = new IcsComponent.Builder("VEVENT");
        b.add(IcsProperty.text("UID", uid));
        Instant stamp = e.get(CalendarEvent.DT_STAMP);
        b.add(IcsProperty.of("DTSTAMP", IcsTimes.utc(stamp == null ? start : stamp)));
        times(b, start, end, allDay, zone);
        text(b, "SUMMARY", e.get(CalendarEvent.SUBJECT));
        text(b, "LOCATION", e.get(CalendarEvent.LOCATION));
        Body body = e.get(CalendarEvent.BODY);
        if (body != null && body.get(Body.DATA) != null && !body.get(Body.DATA).isEmpty()) {
            b.add(IcsProperty.text("DESCRIPTION", body.get(Body.DATA)));
        }
        sensitivityAndBusy(b, e.get(CalendarEvent.SENSITIVITY), e.get(CalendarEvent.BUSY_STATUS));
        List<String> categories = e.get(CalendarEvent.CATEGORIES);
        if (categories != null && !categories.isEmpty()) {
            b.add(IcsProperty.of("CATEGORIES", String.join(",", categories.stream().map(IcsProperty::escape).toList())));
        }
        String organizer = e.get(CalendarEvent.ORGANIZER_EMAIL);
        if (organizer != null && !organizer.isEmpty()) {
            IcsProperty p = IcsProperty.of("ORGANIZER", "mailto:" + organizer);
            String name = e.get(CalendarEvent.ORGANIZER_NAME);
            b.add(name == null || name.isEmpty() ? p : new IcsProperty("ORGANIZER", List.of(Map.entry("CN", name)),
                    "mailto:" + organizer));
        }
        List<Attendee> attendees = e.get(CalendarEvent.ATTENDEES);
        if (attendees != null) {
            attendees.forEach(a -> b.add(attendee(a)));
        }
        Recurrence recurrence = e.get(CalendarEvent.RECURRENCE);
        List<CalendarException> exceptions = e.get(CalendarEvent.EXCEPTIONS) == null ? List.of()
                : e.get(CalendarEvent.EXCEPTIONS);
        if (recurrence != null && !recurrence.isEmpty()) {
            b.add(IcsProperty.of("RRULE", rule(recurrence).format(allDay, zone)));
            for (CalendarException x : exceptions) {
                if (Boolean.TRUE.equals(x.get(CalendarException.DELETED)) && x.originalStart() != null) {
                    b.add(instance("EXDATE", x.originalStart(), allDay, zone));
                }
            }
        }
        Integer reminder = e.get(CalendarEvent.REMINDER);
        IcsComponent keptAlarm = null;
        if (extra != null) {
            b.addAll(extra.properties());
            for (IcsComponent sub : extra.components()) {
                if (sub.property(Alarms.MARK).isPresent()) {
                    keptAlarm = sub;
                }
            }
        }
        if (reminder != null) {
            b.add(Alarms.alarm(reminder, keptAlarm));
        }
        if (extra != null) {
            extra.components().stream().filter(c -> c.property(Alarms.MARK).isEmpty()).forEach(b::add);
        }
        List<IcsComponent> out = new ArrayList<>();
        out.add(b.build());
        if (recurrence != null && !recurrence.isEmpty()) {
            for (CalendarException x : exceptions) {
                if (!Boolean.TRUE.equals(x.get(CalendarException.DELETED)) && x.originalStart() != null) {
                    out.add(override(e, x, uid, allDay, zone, start, end));
                }
            }
        }
        return out;
    }

    private static IcsComponent override(CalendarEvent e, CalendarException x, String uid, boolean seriesAllDay,
            ZoneId zone, Instant seriesStart, Instant seriesEnd) {
        IcsComponent.Builder b = new IcsComponent.Builder("VEVENT");
        b.add(IcsProperty.text("UID", uid));
        b.add(instance("RECURRENCE-ID", x.originalStart(), seriesAllDay, zone));
        Instant stamp = x.get(CalendarException.DT_STAMP) != null ? x.get(CalendarException.DT_STAMP)
                : e.get(CalendarEvent.DT_STAMP);
        b.add(IcsProperty.of("DTSTAMP", IcsTimes.utc(stamp == null ? x.originalStart() : stamp)));
        Instant start = x.get(CalendarException.START_TIME) != null ? x.get(CalendarException.START_TIME)
                : x.originalStart();
        Instant end = x.get(CalendarException.END_TIME) != null ? x.get(CalendarException.END_TIME)
                : start.plus(Duration.between(seriesStart, seriesEnd));
        boolean allDay = x.get(CalendarException.ALL_DAY_EVENT) != null ? x.get(CalendarException.ALL_DAY_EVENT)
                : seriesAllDay;
        times(b, start, end, allDay, zone);
        text(b, "SUMMARY", x.get(CalendarException.SUBJECT) != null ? x.get(CalendarException.SUBJECT)
                : e.get(CalendarEvent.SUBJECT));
        text(b, "LOCATION", x.get(CalendarException.LOCATION) != null ? x.get(CalendarException.LOCATION)
                : e.get(CalendarEvent.LOCATION));
        Body body = x.get(CalendarException.BODY);
        if (body != null && body.get(Body.DATA) != null && !body.get(Body.DATA).isEmpty()) {
            b.add(IcsProperty.text("DESCRIPTION", body.get(Body.DATA)));
        }
        sensitivityAndBusy(b, x.get(CalendarException.SENSITIVITY) != null ? x.get(CalendarException.SENSITIVITY)
                : e.get(CalendarEvent.SENSITIVITY), x.get(CalendarException.BUSY_STATUS) != null
                ? x.get(CalendarException.BUSY_STATUS) : e.get(CalendarEvent.BUSY_STATUS));
        Integer reminder = x.get(CalendarException.REMINDER);
        if (reminder != null) {
            b.add(Alarms.alarm(reminder, null));
        }
        return b.build();
    }

    private static void times(IcsComponent.Builder b, Instant start, Instant end, boolean allDay, ZoneId zone) {
        if (allDay) {
            LocalDate first = start.atZone(zone).toLocalDate();
            LocalDate after = end.atZone(zone).toLocalDate();
            b.add(IcsTimes.date("DTSTART", first));
            b.add(IcsTimes.date("DTEND", after.isAfter(first) ? after : first.plusDays(1)));
        } else {
            b.add(IcsTimes.dateTime("DTSTART", start, zone));
            b.add(IcsTimes.dateTime("DTEND", end, zone));
        }
    }

    /** An occurrence's original start (RECURRENCE-ID, EXDATE) in the form of the series' DTSTART. */
    private static IcsProperty instance(String name, Instant original, boolean allDay, ZoneId zone) {
        return allDay ? IcsTimes.date(name, original.atZone(zone).toLocalDate())
                : IcsTimes.dateTime(name, original, zone);
    }

    private static void sensitivityAndBusy(IcsComponent.Builder b, Integer sensitivity, Integer busy) {
        if (sensitivity != null) {
            b.add(IcsProperty.of("CLASS", switch (sensitivity) {
                case 1, 2 -> "PRIVATE";
                case 3 -> "CONFIDENTIAL";
                default -> "PUBLIC";
            }));
        }
        if (busy != null) {
            b.add(IcsProperty.of("TRANSP", busy == 0 ? "TRANSPARENT" : "OPAQUE"));
            if (busy >= 0 && busy < BUSY.size()) {
                b.add(IcsProperty.of("X-MICROSOFT-CDO-BUSYSTATUS", BUSY.get(busy)));
            }
        }
    }

    static IcsProperty attendee(Attendee a) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (a.get(Attendee.NAME) != null && !a.get(Attendee.NAME).isEmpty()) {
            params.add(Map.entry("CN", a.get(Attendee.NAME)));
        }
        Integer type = a.get(Attendee.ATTENDEE_TYPE);
        if (type != null && type == 3) {
            params.add(Map.entry("CUTYPE", "RESOURCE"));
        }
        params.add(Map.entry("ROLE", type != null && type == 2 ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT"));
        Integer status = a.get(Attendee.ATTENDEE_STATUS);
        if (status != null && status != 0) {
            params.add(Map.entry("PARTSTAT", switch (status) {
                case 2 -> "TENTATIVE";
                case 3 -> "ACCEPTED";
                case 4 -> "DECLINED";
                default -> "NEEDS-ACTION";
            }));
        }
        return new IcsProperty("ATTENDEE", params, "mailto:" + (a.get(Attendee.EMAIL) == null ? ""
                : a.get(Attendee.EMAIL)));
    }

    /** The zone an event's blob means; UTC when it has none. */
    static ZoneId zoneOf(TimeZoneInformation tz, Instant when) {
        return tz == null ? ZoneOffset.UTC : EasZones.zone(tz, when);
    }

    private static void text(IcsComponent.Builder b, String name, String value) {
        if (value != null && !value.isEmpty()) {
            b.add(IcsProperty.text(name, value));
        }
    }

    static IcsComponent parseExtra(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return IcsParser.parse(text);
        } catch (IcsParser.IcsSyntaxException e) {
            // Written by us, so unreadable only if the store was edited by hand: export the EAS fields alone.
            LOG.warn("kept iCalendar properties unreadable, exported without them: {}", e.getMessage());
            return null;
        }
    }
}
