package org.pushbox.server.pim.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Task;
import org.pushbox.protocol.model.TaskRecurrence;

/**
 * VTODO to {@link Task} and back (docs/tasks.md). EAS keeps each date twice: the real instant (UtcDueDate)
 * and the local date and time written as if it were UTC (DueDate); a DATE-only DUE is local midnight in the
 * import's zone. Completion is STATUS:COMPLETED, a COMPLETED time or PERCENT-COMPLETE:100 (Thunderbird).
 */
public final class TaskMapper {

    private static final Set<String> MAPPED = Set.of("UID", "SUMMARY", "DESCRIPTION", "PRIORITY", "DTSTART", "DUE",
            "STATUS", "COMPLETED", "CLASS", "CATEGORIES", "RRULE", "PERCENT-COMPLETE");

    /** An imported task, its UID and the kept extra text (null when nothing was left over). */
    public record Imported(Task task, String uid, String extra) {
    }

    private TaskMapper() {
    }

    public static Imported fromIcs(IcsComponent v, IcsContext ctx) throws MappingException {
        try {
            return read(v, ctx);
        } catch (IcsTimes.BadTimeException | RecurrenceRule.UnsupportedRuleException e) {
            throw new MappingException(e.getMessage());
        }
    }

    private static Imported read(IcsComponent v, IcsContext ctx) throws IcsTimes.BadTimeException,
            RecurrenceRule.UnsupportedRuleException {
        Task t = Task.EMPTY.with(Task.SUBJECT, v.text("SUMMARY") == null ? "" : v.text("SUMMARY"));
        String description = v.text("DESCRIPTION");
        if (description != null) {
            t = t.with(Task.BODY, Body.of(Body.PLAIN_TEXT, description));
        }
        String priority = v.text("PRIORITY");
        if (priority != null && priority.trim().matches("\\d")) {
            int p = Integer.parseInt(priority.trim());
            if (p != 0) {
                t = t.with(Task.IMPORTANCE, p <= 4 ? 2 : p == 5 ? 1 : 0);
            }
        }
        IcsTimes.Time start = time(v, "DTSTART", ctx);
        if (start != null) {
            t = t.with(Task.UTC_START_DATE, start.instant()).with(Task.START_DATE, localAsUtc(start.local()));
        }
        IcsTimes.Time due = time(v, "DUE", ctx);
        if (due != null) {
            t = t.with(Task.UTC_DUE_DATE, due.instant()).with(Task.DUE_DATE, localAsUtc(due.local()));
        }
        String status = v.text("STATUS");
        String percent = v.text("PERCENT-COMPLETE");
        IcsTimes.Time completed = time(v, "COMPLETED", ctx);
        boolean complete = "COMPLETED".equalsIgnoreCase(status) || completed != null
                || percent != null && percent.trim().equals("100");
        t = t.with(Task.COMPLETE, complete);
        if (complete) {
            t = t.with(Task.DATE_COMPLETED, completed != null ? completed.instant()
                    : due != null ? due.instant() : Instant.EPOCH);
        }
        String cls = v.text("CLASS");
        if (cls != null) {
            t = t.with(Task.SENSITIVITY, switch (cls.toUpperCase(Locale.ROOT)) {
                case "PRIVATE" -> 2;
                case "CONFIDENTIAL" -> 3;
                default -> 0;
            });
        }
        List<String> categories = new ArrayList<>();
        v.all("CATEGORIES").forEach(c -> categories.addAll(c.texts()));
        if (!categories.isEmpty()) {
            t = t.with(Task.CATEGORIES, categories);
        }
        IcsProperty rrule = v.property("RRULE").orElse(null);
        IcsTimes.Time anchor = start != null ? start : due;
        if (rrule != null && anchor != null) {
            RecurrenceRule r = RecurrenceRule.parse(rrule.value(), anchor.local(), anchor.zone());
            t = t.with(Task.RECURRENCE, recurrence(r, localAsUtc(anchor.local())));
        }
        IcsComponent.Builder extra = new IcsComponent.Builder("VTODO");
        boolean kept = false;
        for (IcsProperty p : v.properties()) {
            boolean keepStatus = p.name().equals("STATUS") && !complete;
            boolean keepPercent = p.name().equals("PERCENT-COMPLETE") && !complete;
            boolean unmappedRule = p.name().equals("RRULE") && anchor == null;
            if (!MAPPED.contains(p.name()) || keepStatus || keepPercent || unmappedRule) {
                extra.add(p);
                kept = true;
            }
        }
        boolean reminderMapped = false;
        for (IcsComponent sub : v.components()) {
            Instant at = sub.name().equals("VALARM") && !reminderMapped ? reminderTime(sub, start, due, ctx) : null;
            if (at != null) {
                t = t.with(Task.REMINDER_SET, true).with(Task.REMINDER_TIME, at);
                extra.add(Alarms.kept(sub));
                reminderMapped = true;
            } else {
                extra.add(sub);
            }
            kept = true;
        }
        return new Imported(t, v.text("UID"), kept ? IcsWriter.toText(extra.build()) : null);
    }

    private static IcsTimes.Time time(IcsComponent v, String name, IcsContext ctx) throws IcsTimes.BadTimeException {
        IcsProperty p = v.property(name).orElse(null);
        return p == null ? null : IcsTimes.parse(p, ctx.zones(), ctx.floating());
    }

    /** An absolute TRIGGER, or one relative to the start (or to the due date with RELATED=END). */
    private static Instant reminderTime(IcsComponent alarm, IcsTimes.Time start, IcsTimes.Time due, IcsContext ctx)
            throws IcsTimes.BadTimeException {
        IcsProperty trigger = alarm.property("TRIGGER").orElse(null);
        if (trigger == null) {
            return null;
        }
        if ("DATE-TIME".equalsIgnoreCase(trigger.parameter("VALUE"))) {
            return IcsTimes.parse(trigger, ctx.zones(), ZoneOffset.UTC).instant();
        }
        IcsTimes.Time base = "END".equalsIgnoreCase(trigger.parameter("RELATED")) ? due : start;
        java.time.Duration d = Alarms.duration(trigger.value());
        return base == null || d == null ? null : base.instant().plus(d);
    }

    static Instant localAsUtc(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
    }

    private static TaskRecurrence recurrence(RecurrenceRule r, Instant start) {
        TaskRecurrence rec = TaskRecurrence.EMPTY.with(TaskRecurrence.TYPE, r.type()).with(TaskRecurrence.START, start);
        rec = r.interval() == null ? rec : rec.with(TaskRecurrence.INTERVAL, r.interval());
        rec = r.occurrences() == null ? rec : rec.with(TaskRecurrence.OCCURRENCES, r.occurrences());
        rec = r.until() == null ? rec : rec.with(TaskRecurrence.UNTIL, r.until());
        rec = r.dayOfWeek() == null ? rec : rec.with(TaskRecurrence.DAY_OF_WEEK, r.dayOfWeek());
        rec = r.dayOfMonth() == null ? rec : rec.with(TaskRecurrence.DAY_OF_MONTH, r.dayOfMonth());
        rec = r.weekOfMonth() == null ? rec : rec.with(TaskRecurrence.WEEK_OF_MONTH, r.weekOfMonth());
        rec = r.monthOfYear() == null ? rec : rec.with(TaskRecurrence.MONTH_OF_YEAR, r.monthOfYear());
        return r.firstDayOfWeek() == null ? rec : rec.with(TaskRecurrence.FIRST_DAY_OF_WEEK, r.firstDayOfWeek());
    }

    // ---------------------------------------------------------------- export

    /** The VTODO of a stored task; {@code uid} is the imported UID or the item's own id. */
    public static IcsComponent toIcs(Task t, String uid, String extraText) {
        IcsComponent extra = EventMapper.parseExtra(extraText);
        IcsComponent.Builder b = new IcsComponent.Builder("VTODO");
        b.add(IcsProperty.text("UID", uid));
        if (t.get(Task.SUBJECT) != null) {
            b.add(IcsProperty.text("SUMMARY", t.get(Task.SUBJECT)));
        }
        Body body = t.get(Task.BODY);
        if (body != null && body.get(Body.DATA) != null && !body.get(Body.DATA).isEmpty()) {
            b.add(IcsProperty.text("DESCRIPTION", body.get(Body.DATA)));
        }
        Integer importance = t.get(Task.IMPORTANCE);
        if (importance != null) {
            b.add(IcsProperty.of("PRIORITY", switch (importance) {
                case 2 -> "1";
                case 1 -> "5";
                default -> "9";
            }));
        }
        date(b, "DTSTART", t.get(Task.START_DATE), t.get(Task.UTC_START_DATE));
        date(b, "DUE", t.get(Task.DUE_DATE), t.get(Task.UTC_DUE_DATE));
        boolean complete = Boolean.TRUE.equals(t.get(Task.COMPLETE));
        if (complete) {
            b.add(IcsProperty.of("STATUS", "COMPLETED"));
            b.add(IcsProperty.of("PERCENT-COMPLETE", "100"));
            if (t.get(Task.DATE_COMPLETED) != null) {
                b.add(IcsProperty.of("COMPLETED", IcsTimes.utc(t.get(Task.DATE_COMPLETED))));
            }
        }
        Integer sensitivity = t.get(Task.SENSITIVITY);
        if (sensitivity != null) {
            b.add(IcsProperty.of("CLASS", sensitivity == 3 ? "CONFIDENTIAL" : sensitivity == 0 ? "PUBLIC" : "PRIVATE"));
        }
        List<String> categories = t.get(Task.CATEGORIES);
        if (categories != null && !categories.isEmpty()) {
            b.add(IcsProperty.of("CATEGORIES", String.join(",", categories.stream().map(IcsProperty::escape).toList())));
        }
        TaskRecurrence rec = t.get(Task.RECURRENCE);
        if (rec != null && !rec.isEmpty()) {
            Integer type = rec.get(TaskRecurrence.TYPE);
            RecurrenceRule r = new RecurrenceRule(type == null ? 0 : type, rec.get(TaskRecurrence.INTERVAL),
                    rec.get(TaskRecurrence.OCCURRENCES), rec.get(TaskRecurrence.UNTIL), rec.get(TaskRecurrence.DAY_OF_WEEK),
                    rec.get(TaskRecurrence.DAY_OF_MONTH), rec.get(TaskRecurrence.WEEK_OF_MONTH),
                    rec.get(TaskRecurrence.MONTH_OF_YEAR), rec.get(TaskRecurrence.FIRST_DAY_OF_WEEK));
            b.add(IcsProperty.of("RRULE", r.format(false, ZoneOffset.UTC)));
        }
        IcsComponent keptAlarm = null;
        if (extra != null) {
            for (IcsProperty p : extra.properties()) {
                if (!complete || !Set.of("STATUS", "PERCENT-COMPLETE").contains(p.name())) {
                    b.add(p);
                }
            }
            keptAlarm = extra.components().stream().filter(c -> c.property(Alarms.MARK).isPresent()).findFirst()
                    .orElse(null);
        }
        Instant reminder = t.get(Task.REMINDER_TIME);
        if (Boolean.TRUE.equals(t.get(Task.REMINDER_SET)) && reminder != null) {
            IcsComponent.Builder alarm = new IcsComponent.Builder("VALARM");
            alarm.add(IcsProperty.of("TRIGGER", IcsTimes.utc(reminder)).with("VALUE", "DATE-TIME"));
            if (keptAlarm == null) {
                alarm.add(IcsProperty.of("ACTION", "DISPLAY")).add(IcsProperty.text("DESCRIPTION", "Reminder"));
            } else {
                keptAlarm.properties().stream().filter(p -> !p.name().equals(Alarms.MARK)).forEach(alarm::add);
            }
            b.add(alarm.build());
        }
        if (extra != null) {
            extra.components().stream().filter(c -> c.property(Alarms.MARK).isEmpty()).forEach(b::add);
        }
        return b.build();
    }

    /** A DATE when the local time is midnight, else the UTC instant. */
    private static void date(IcsComponent.Builder b, String name, Instant localAsUtc, Instant utc) {
        if (localAsUtc != null && localAsUtc.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)) {
            b.add(IcsTimes.date(name, localAsUtc.atOffset(ZoneOffset.UTC).toLocalDate()));
        } else if (utc != null) {
            b.add(IcsProperty.of(name, IcsTimes.utc(utc)));
        } else if (localAsUtc != null) {
            b.add(IcsProperty.of(name, IcsTimes.LOCAL.format(localAsUtc.atOffset(ZoneOffset.UTC).toLocalDateTime())));
        }
    }

}
