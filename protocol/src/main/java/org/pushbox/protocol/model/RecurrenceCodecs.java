package org.pushbox.protocol.model;

/**
 * The value ranges of the recurrence elements, which Calendar, Tasks and Email meeting requests
 * each define on their own code page with the same meaning ([MS-ASCAL] 2.2.2.36-2.2.2.45).
 */
final class RecurrenceCodecs {

    private RecurrenceCodecs() {
    }

    /** 0 daily, 1 weekly, 2 monthly on day N, 3 monthly on the Nth weekday, 5 yearly, 6 yearly on the Nth weekday. */
    static final ValueCodec<Integer> TYPE = Scalars.integer(0, 6);
    static final ValueCodec<Integer> OCCURRENCES = Scalars.integer(0, 999);
    static final ValueCodec<Integer> INTERVAL = Scalars.integer(0, 999);
    /** Bit mask: 1 Sunday, 2 Monday ... 64 Saturday. */
    static final ValueCodec<Integer> DAY_OF_WEEK = Scalars.integer(0, 127);
    static final ValueCodec<Integer> DAY_OF_MONTH = Scalars.integer(1, 31);
    /** 1-4, 5 = last. */
    static final ValueCodec<Integer> WEEK_OF_MONTH = Scalars.integer(1, 5);
    static final ValueCodec<Integer> MONTH_OF_YEAR = Scalars.integer(1, 12);
    static final ValueCodec<Integer> CALENDAR_TYPE = Scalars.integer(0, 23);
    /** 0 Sunday ... 6 Saturday. */
    static final ValueCodec<Integer> FIRST_DAY_OF_WEEK = Scalars.integer(0, 6);
    /** Sensitivity: 0 normal, 1 personal, 2 private, 3 confidential. */
    static final ValueCodec<Integer> SENSITIVITY = Scalars.integer(0, 3);
    /** BusyStatus: -1 unknown (16.x), 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere. */
    static final ValueCodec<Integer> BUSY_STATUS = Scalars.integer(-1, 4);
}
