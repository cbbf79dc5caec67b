package org.pushbox.protocol.model;

/**
 * A Windows SYSTEMTIME (eight little-endian uint16) as used in TIME_ZONE_INFORMATION. In the
 * "day-in-month" form the year is 0, {@code day} is the occurrence 1-5 (5 = last) of
 * {@code dayOfWeek} (0 = Sunday) in {@code month}; month 0 means "no transition".
 */
public record SystemTime(int year, int month, int dayOfWeek, int day, int hour, int minute, int second,
        int milliseconds) {

    /** All zero: no daylight-saving transition. */
    public static final SystemTime NONE = new SystemTime(0, 0, 0, 0, 0, 0, 0, 0);

    public SystemTime {
        for (int v : new int[] {year, month, dayOfWeek, day, hour, minute, second, milliseconds}) {
            if (v < 0 || v > 0xFFFF) {
                throw new IllegalArgumentException("SYSTEMTIME fields are uint16, got " + v);
            }
        }
    }

    /** A recurring transition: the {@code occurrence}-th (5 = last) {@code dayOfWeek} of {@code month} at hour:minute. */
    public static SystemTime recurring(int month, int dayOfWeek, int occurrence, int hour, int minute) {
        return new SystemTime(0, month, dayOfWeek, occurrence, hour, minute, 0, 0);
    }

    static SystemTime read(byte[] b, int offset) {
        int[] v = new int[8];
        for (int i = 0; i < 8; i++) {
            v[i] = TimeZoneInformation.u16(b, offset + 2 * i);
        }
        return new SystemTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    void write(byte[] b, int offset) {
        int[] v = {year, month, dayOfWeek, day, hour, minute, second, milliseconds};
        for (int i = 0; i < 8; i++) {
            TimeZoneInformation.putU16(b, offset + 2 * i, v[i]);
        }
    }
}
