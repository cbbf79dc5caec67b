package org.pushbox.protocol.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A Windows SYSTEMTIME (eight little-endian uint16) as used in TIME_ZONE_INFORMATION. In the
 * "day-in-month" form the year is 0, {@code day} is the occurrence 1-5 (5 = last) of
 * {@code dayOfWeek} (0 = Sunday) in {@code month}; month 0 means "no transition". With a year
 * other than 0 the date is absolute: {@code day} is the day of the month in that year.
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

    /** An absolute transition on {@code date} at {@code time} (wYear = the date's year). */
    public static SystemTime absolute(LocalDate date, LocalTime time) {
        return new SystemTime(date.getYear(), date.getMonthValue(), date.getDayOfWeek().getValue() % 7,
                date.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond(), time.getNano() / 1_000_000);
    }

    /** Whether this names an absolute date (wYear != 0) rather than a yearly rule. */
    public boolean isAbsolute() {
        return year != 0;
    }

    /**
     * The local date and time this transition falls on in {@code year}, or empty when the fields
     * do not describe a transition (month 0, or any field out of range: blobs come from devices).
     * A yearly rule picks the {@code day}-th {@code dayOfWeek} of the month, 5 meaning the last.
     * An absolute date describes its own year; for any other year the same month and day are used
     * (the nearest meaning: the structure itself says nothing about other years). February 29 of a
     * non-leap year becomes February 28.
     */
    public Optional<LocalDateTime> resolve(int year) {
        if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || milliseconds > 999
                || year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hour, minute, second, milliseconds * 1_000_000);
        LocalDate date;
        if (isAbsolute()) {
            if (day < 1 || day > 31) {
                return Optional.empty();
            }
            LocalDate first = LocalDate.of(year, month, 1);
            date = first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
        } else {
            if (dayOfWeek > 6 || day < 1 || day > 5) {
                return Optional.empty();
            }
            DayOfWeek dow = DayOfWeek.of(dayOfWeek == 0 ? 7 : dayOfWeek);
            LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(dow));
            date = first.plusWeeks(day - 1L);
            if (date.getMonthValue() != month) {
                date = date.minusWeeks(1);
            }
        }
        return Optional.of(LocalDateTime.of(date, time));
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
