package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;

/**
 * {@code email:Recurrence} inside a meeting request's Recurrences: Type, Interval, Until,
 * Occurrences, WeekOfMonth, DayOfMonth, DayOfWeek, MonthOfYear and the Email2 CalendarType,
 * IsLeapMonth (14.0+), FirstDayOfWeek (14.1+); written in that order, which the schema requires.
 */
public final class MeetingRecurrence extends ElementGroup<MeetingRecurrence> {

    public static final Field<Integer> TYPE = Field.of(Tags.email("Type"), RecurrenceCodecs.TYPE);
    public static final Field<Integer> INTERVAL = Field.of(Tags.email("Interval"), RecurrenceCodecs.INTERVAL);
    public static final Field<Instant> UNTIL = Field.of(Tags.email("Until"), Scalars.COMPACT_DATE_TIME);
    public static final Field<Integer> OCCURRENCES = Field.of(Tags.email("Occurrences"), RecurrenceCodecs.OCCURRENCES);
    public static final Field<Integer> WEEK_OF_MONTH = Field.of(Tags.email("WeekOfMonth"), RecurrenceCodecs.WEEK_OF_MONTH);
    public static final Field<Integer> DAY_OF_MONTH = Field.of(Tags.email("DayOfMonth"), RecurrenceCodecs.DAY_OF_MONTH);
    public static final Field<Integer> DAY_OF_WEEK = Field.of(Tags.email("DayOfWeek"), RecurrenceCodecs.DAY_OF_WEEK);
    public static final Field<Integer> MONTH_OF_YEAR = Field.of(Tags.email("MonthOfYear"), RecurrenceCodecs.MONTH_OF_YEAR);
    public static final Field<Integer> CALENDAR_TYPE = Field.of(Tags.email2("CalendarType"), RecurrenceCodecs.CALENDAR_TYPE);
    public static final Field<Boolean> IS_LEAP_MONTH = Field.of(Tags.email2("IsLeapMonth"), Scalars.BOOLEAN);
    public static final Field<Integer> FIRST_DAY_OF_WEEK = Field.of(Tags.email2("FirstDayOfWeek"),
            RecurrenceCodecs.FIRST_DAY_OF_WEEK);

    static final Schema SCHEMA = Schema.sequence(TYPE, INTERVAL, UNTIL, OCCURRENCES, WEEK_OF_MONTH, DAY_OF_MONTH,
            DAY_OF_WEEK, MONTH_OF_YEAR, CALENDAR_TYPE, IS_LEAP_MONTH, FIRST_DAY_OF_WEEK);
    static final ValueCodec<MeetingRecurrence> CODEC = ElementGroup.codec(SCHEMA, MeetingRecurrence::new);

    public static final MeetingRecurrence EMPTY = new MeetingRecurrence(List.of());

    MeetingRecurrence(List<Entry> entries) {
        super(entries);
    }

    static final ValueCodec<List<MeetingRecurrence>> LIST = Lists.of(CodePages.require("Email", "Recurrence"), CODEC, 1000);

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    MeetingRecurrence create(List<Entry> entries) {
        return new MeetingRecurrence(entries);
    }
}
