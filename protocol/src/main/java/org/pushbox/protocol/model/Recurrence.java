package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code calendar:Recurrence} ([MS-ASCAL] 2.2.2.38): Type (0 daily, 1 weekly, 2 monthly,
 * 3 monthly on the Nth weekday, 5 yearly, 6 yearly on the Nth weekday), Occurrences or Until,
 * Interval, DayOfWeek mask, DayOfMonth, WeekOfMonth (5 = last), MonthOfYear, CalendarType and
 * IsLeapMonth (14.0+), FirstDayOfWeek (14.1+). An empty Recurrence in a 16.x Change turns a series
 * into a single event, so an empty group is kept as such.
 */
public final class Recurrence extends ElementGroup<Recurrence> {

    public static final Field<Integer> TYPE = Field.of(Tags.calendar("Type"), RecurrenceCodecs.TYPE);
    public static final Field<Integer> OCCURRENCES = Field.of(Tags.calendar("Occurrences"), RecurrenceCodecs.OCCURRENCES);
    public static final Field<Integer> INTERVAL = Field.of(Tags.calendar("Interval"), RecurrenceCodecs.INTERVAL);
    public static final Field<Integer> WEEK_OF_MONTH = Field.of(Tags.calendar("WeekOfMonth"),
            RecurrenceCodecs.WEEK_OF_MONTH);
    public static final Field<Integer> DAY_OF_WEEK = Field.of(Tags.calendar("DayOfWeek"), RecurrenceCodecs.DAY_OF_WEEK);
    public static final Field<Integer> MONTH_OF_YEAR = Field.of(Tags.calendar("MonthOfYear"),
            RecurrenceCodecs.MONTH_OF_YEAR);
    public static final Field<Instant> UNTIL = Field.of(Tags.calendar("Until"), Scalars.COMPACT_DATE_TIME);
    public static final Field<Integer> DAY_OF_MONTH = Field.of(Tags.calendar("DayOfMonth"),
            RecurrenceCodecs.DAY_OF_MONTH);
    public static final Field<Integer> CALENDAR_TYPE = Field.of(Tags.calendar("CalendarType"),
            RecurrenceCodecs.CALENDAR_TYPE);
    public static final Field<Boolean> IS_LEAP_MONTH = Field.of(Tags.calendar("IsLeapMonth"), Scalars.BOOLEAN);
    public static final Field<Integer> FIRST_DAY_OF_WEEK = Field.of(Tags.calendar("FirstDayOfWeek"),
            RecurrenceCodecs.FIRST_DAY_OF_WEEK);

    static final Schema SCHEMA = Schema.anyOrder(TYPE, INTERVAL, OCCURRENCES, UNTIL, DAY_OF_WEEK, DAY_OF_MONTH,
            WEEK_OF_MONTH, MONTH_OF_YEAR, CALENDAR_TYPE, IS_LEAP_MONTH, FIRST_DAY_OF_WEEK);
    static final ValueCodec<Recurrence> CODEC = ElementGroup.codec(SCHEMA, Recurrence::new);

    public static final Recurrence EMPTY = new Recurrence(List.of());

    Recurrence(List<Entry> entries) {
        super(entries);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Recurrence create(List<Entry> entries) {
        return new Recurrence(entries);
    }
}
