package org.pushbox.protocol.command.sync;

/**
 * The AirSync {@code FilterType}: how far back a collection reaches. Also the value type of the
 * Provision policies MaxCalendarAgeFilter and MaxEmailAgeFilter. The code is the ordinal.
 */
public enum FilterType {
    ALL(0),
    ONE_DAY(1),
    THREE_DAYS(2),
    ONE_WEEK(3),
    TWO_WEEKS(4),
    ONE_MONTH(5),
    THREE_MONTHS(6),
    SIX_MONTHS(7),
    /** Tasks only. */
    INCOMPLETE_TASKS(8);

    private final int code;

    FilterType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
