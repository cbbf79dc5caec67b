package org.pushbox.protocol.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The rules a {@link TimeZoneInformation} blob states, read the way Windows reads them: converts
 * between UTC and local time without asking which IANA zone the blob means. Used when
 * {@link TimeZones#find} finds no zone, and to compare a blob with a zone.
 *
 * <p>Offsets are UTC + offset = local, the opposite sign of the blob's biases. A blob with a
 * month 0 in either transition, a transition with a field out of range, or equal standard and
 * daylight biases has no daylight time. Biases are clamped to java.time's ±18 hours (a blob
 * beyond that is nonsense from a device; clamping keeps every conversion defined).
 */
public final class TimeZoneRules {

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private final TimeZoneInformation tz;
    private final ZoneOffset standard;
    private final ZoneOffset daylight;

    TimeZoneRules(TimeZoneInformation tz) {
        this.tz = tz;
        boolean dst = tz.daylightDate().month() != 0 && tz.standardDate().month() != 0
                && tz.daylightBias() != tz.standardBias()
                && tz.daylightDate().resolve(2000).isPresent() && tz.standardDate().resolve(2000).isPresent();
        // Windows ignores StandardBias when the zone has no daylight time.
        this.standard = offset(tz.bias() + (dst ? tz.standardBias() : 0));
        this.daylight = dst ? offset(tz.bias() + tz.daylightBias()) : standard;
    }

    private static ZoneOffset offset(long biasMinutes) {
        long seconds = -biasMinutes * 60;
        return ZoneOffset.ofTotalSeconds((int) Math.max(-MAX_OFFSET_SECONDS, Math.min(MAX_OFFSET_SECONDS, seconds)));
    }

    /** The offset outside daylight time. */
    public ZoneOffset standardOffset() {
        return standard;
    }

    /** The offset during daylight time; the standard offset for a zone without it. */
    public ZoneOffset daylightOffset() {
        return daylight;
    }

    /** Whether the blob states daylight time that a year can resolve. */
    public boolean hasDaylightTime() {
        return !standard.equals(daylight);
    }

    /**
     * The instant daylight time starts in {@code year}: DaylightDate is a local time in standard
     * time, as Windows reads it. Empty without daylight time or when the date does not resolve.
     */
    public Optional<Instant> daylightStart(int year) {
        if (!hasDaylightTime()) {
            return Optional.empty();
        }
        return tz.daylightDate().resolve(year).map(local -> local.toInstant(standard));
    }

    /** The instant standard time starts in {@code year}: StandardDate is a local time in daylight time. */
    public Optional<Instant> standardStart(int year) {
        if (!hasDaylightTime()) {
            return Optional.empty();
        }
        return tz.standardDate().resolve(year).map(local -> local.toInstant(daylight));
    }

    /** Whether {@code instant} falls in daylight time. Handles both hemispheres. */
    public boolean isDaylightTime(Instant instant) {
        if (!hasDaylightTime()) {
            return false;
        }
        // The year of the instant in standard time; a transition near New Year is still in its own year.
        int year = LocalDateTime.ofInstant(instant, standard).getYear();
        Optional<Instant> start = daylightStart(year);
        Optional<Instant> end = standardStart(year);
        if (start.isEmpty() || end.isEmpty()) {
            return false;
        }
        if (start.get().isBefore(end.get())) {
            return !instant.isBefore(start.get()) && instant.isBefore(end.get());
        }
        // Southern hemisphere: daylight time spans New Year.
        return instant.isBefore(end.get()) || !instant.isBefore(start.get());
    }

    /** The offset in effect at {@code instant}. */
    public ZoneOffset offsetAt(Instant instant) {
        return isDaylightTime(instant) ? daylight : standard;
    }

    /**
     * The instant of a local date and time. In the hour skipped at the start of daylight time the
     * standard offset is used (the wall clock reads as if the change had not happened yet, like
     * {@code ZonedDateTime.of}); in the repeated hour at its end the earlier (daylight) offset.
     */
    public Instant toInstant(LocalDateTime local) {
        Instant asDaylight = local.toInstant(daylight);
        if (hasDaylightTime() && isDaylightTime(asDaylight)) {
            return asDaylight;
        }
        return local.toInstant(standard);
    }

    /** The local date and time at {@code instant}. */
    public LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, offsetAt(instant));
    }
}
