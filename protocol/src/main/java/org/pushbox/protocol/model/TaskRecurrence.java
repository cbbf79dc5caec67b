package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code tasks:Recurrence} ([MS-ASTASK] 2.2.2.18): the Calendar pattern elements plus Start (the
 * series start), Regenerate (the next task is due a period after this one is completed) and
 * DeadOccur (the series is finished).
 */
public final class TaskRecurrence extends ElementGroup<TaskRecurrence> {

    public static final Field<Integer> TYPE = Field.of(Tags.tasks("Type"), RecurrenceCodecs.TYPE);
    public static final Field<Instant> START = Field.of(Tags.tasks("Start"), Scalars.DATE_TIME);
    public static final Field<Instant> UNTIL = Field.of(Tags.tasks("Until"), Scalars.DATE_TIME);
    public static final Field<Integer> OCCURRENCES = Field.of(Tags.tasks("Occurrences"), RecurrenceCodecs.OCCURRENCES);
    public static final Field<Integer> INTERVAL = Field.of(Tags.tasks("Interval"), RecurrenceCodecs.INTERVAL);
    public static final Field<Integer> DAY_OF_WEEK = Field.of(Tags.tasks("DayOfWeek"), RecurrenceCodecs.DAY_OF_WEEK);
    public static final Field<Integer> DAY_OF_MONTH = Field.of(Tags.tasks("DayOfMonth"), RecurrenceCodecs.DAY_OF_MONTH);
    public static final Field<Integer> WEEK_OF_MONTH = Field.of(Tags.tasks("WeekOfMonth"), RecurrenceCodecs.WEEK_OF_MONTH);
    public static final Field<Integer> MONTH_OF_YEAR = Field.of(Tags.tasks("MonthOfYear"), RecurrenceCodecs.MONTH_OF_YEAR);
    public static final Field<Boolean> REGENERATE = Field.of(Tags.tasks("Regenerate"), Scalars.BOOLEAN);
    public static final Field<Boolean> DEAD_OCCUR = Field.of(Tags.tasks("DeadOccur"), Scalars.BOOLEAN);
    public static final Field<Integer> CALENDAR_TYPE = Field.of(Tags.tasks("CalendarType"), RecurrenceCodecs.CALENDAR_TYPE);
    public static final Field<Boolean> IS_LEAP_MONTH = Field.of(Tags.tasks("IsLeapMonth"), Scalars.BOOLEAN);
    public static final Field<Integer> FIRST_DAY_OF_WEEK = Field.of(Tags.tasks("FirstDayOfWeek"),
            RecurrenceCodecs.FIRST_DAY_OF_WEEK);

    static final Schema SCHEMA = Schema.anyOrder(TYPE, START, UNTIL, OCCURRENCES, INTERVAL, DAY_OF_WEEK, DAY_OF_MONTH,
            WEEK_OF_MONTH, MONTH_OF_YEAR, REGENERATE, DEAD_OCCUR, CALENDAR_TYPE, IS_LEAP_MONTH, FIRST_DAY_OF_WEEK);
    static final ValueCodec<TaskRecurrence> CODEC = ElementGroup.codec(SCHEMA, TaskRecurrence::new);

    public static final TaskRecurrence EMPTY = new TaskRecurrence(List.of());

    TaskRecurrence(List<Entry> entries) {
        super(entries);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    TaskRecurrence create(List<Entry> entries) {
        return new TaskRecurrence(entries);
    }
}
