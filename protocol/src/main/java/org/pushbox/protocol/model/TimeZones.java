package org.pushbox.protocol.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Between IANA zones and the TIME_ZONE_INFORMATION blobs EAS carries.
 *
 * <p>A blob states one year's rules: a standard offset and, optionally, a daylight offset with the
 * two yearly transitions. {@link #find} looks for the IANA zone whose rules for the given year give
 * the same offsets at the same instants; names in the blob are ignored (devices send localised
 * display names, or none). Candidates are tried in a fixed order: a list of well-known zones first
 * (so Berlin's rules give Europe/Berlin, not Africa/Ceuta), then every other region zone
 * alphabetically. {@link #match} never fails: without a matching zone it returns the blob's
 * standard offset as a {@link ZoneOffset}, and {@link TimeZoneInformation#rules()} converts
 * exactly by the blob's own rules.
 *
 * <p>Transition times are read the Windows way (the local time before the change: DaylightDate in
 * standard time, StandardDate in daylight time). Some senders give the wall time after the change
 * instead (Exchange 2010 did for the US Eastern zone in the corpus); a second pass accepts that
 * reading once no zone matches the first.
 */
public final class TimeZones {

    /** Well-known zones with their Windows names, in the order matching prefers them. */
    private static final String[][] CANONICAL = {
        {"UTC", ""},
        {"Europe/London", "GMT Standard Time"},
        {"Europe/Berlin", "W. Europe Standard Time"},
        {"Europe/Paris", "Romance Standard Time"},
        {"Europe/Amsterdam", "W. Europe Standard Time"},
        {"Europe/Brussels", "Romance Standard Time"},
        {"Europe/Madrid", "Romance Standard Time"},
        {"Europe/Rome", "W. Europe Standard Time"},
        {"Europe/Vienna", "W. Europe Standard Time"},
        {"Europe/Zurich", "W. Europe Standard Time"},
        {"Europe/Stockholm", "W. Europe Standard Time"},
        {"Europe/Oslo", "W. Europe Standard Time"},
        {"Europe/Copenhagen", "Romance Standard Time"},
        {"Europe/Warsaw", "Central European Standard Time"},
        {"Europe/Prague", "Central Europe Standard Time"},
        {"Europe/Budapest", "Central Europe Standard Time"},
        {"Europe/Belgrade", "Central Europe Standard Time"},
        {"Europe/Lisbon", "GMT Standard Time"},
        {"Europe/Dublin", "GMT Standard Time"},
        {"Atlantic/Reykjavik", "Greenwich Standard Time"},
        {"Atlantic/Azores", "Azores Standard Time"},
        {"Europe/Athens", "GTB Standard Time"},
        {"Europe/Bucharest", "GTB Standard Time"},
        {"Europe/Helsinki", "FLE Standard Time"},
        {"Europe/Kiev", "FLE Standard Time"},
        {"Europe/Istanbul", "Turkey Standard Time"},
        {"Europe/Moscow", "Russian Standard Time"},
        {"Africa/Lagos", "W. Central Africa Standard Time"},
        {"Africa/Johannesburg", "South Africa Standard Time"},
        {"Africa/Cairo", "Egypt Standard Time"},
        {"Africa/Nairobi", "E. Africa Standard Time"},
        {"Asia/Jerusalem", "Israel Standard Time"},
        {"Asia/Riyadh", "Arab Standard Time"},
        {"Asia/Tehran", "Iran Standard Time"},
        {"Asia/Dubai", "Arabian Standard Time"},
        {"Asia/Karachi", "Pakistan Standard Time"},
        {"Asia/Tashkent", "West Asia Standard Time"},
        {"Asia/Kolkata", "India Standard Time"},
        {"Asia/Kathmandu", "Nepal Standard Time"},
        {"Asia/Dhaka", "Bangladesh Standard Time"},
        {"Asia/Yangon", "Myanmar Standard Time"},
        {"Asia/Bangkok", "SE Asia Standard Time"},
        {"Asia/Jakarta", "SE Asia Standard Time"},
        {"Asia/Shanghai", "China Standard Time"},
        {"Asia/Hong_Kong", "China Standard Time"},
        {"Asia/Singapore", "Singapore Standard Time"},
        {"Asia/Taipei", "Taipei Standard Time"},
        {"Australia/Perth", "W. Australia Standard Time"},
        {"Asia/Tokyo", "Tokyo Standard Time"},
        {"Asia/Seoul", "Korea Standard Time"},
        {"Australia/Darwin", "AUS Central Standard Time"},
        {"Australia/Adelaide", "Cen. Australia Standard Time"},
        {"Australia/Brisbane", "E. Australia Standard Time"},
        {"Australia/Sydney", "AUS Eastern Standard Time"},
        {"Australia/Melbourne", "AUS Eastern Standard Time"},
        {"Australia/Hobart", "Tasmania Standard Time"},
        {"Pacific/Auckland", "New Zealand Standard Time"},
        {"Pacific/Chatham", "Chatham Islands Standard Time"},
        {"Pacific/Honolulu", "Hawaiian Standard Time"},
        {"America/Anchorage", "Alaskan Standard Time"},
        {"America/Los_Angeles", "Pacific Standard Time"},
        {"America/Phoenix", "US Mountain Standard Time"},
        {"America/Denver", "Mountain Standard Time"},
        {"America/Chicago", "Central Standard Time"},
        {"America/Regina", "Canada Central Standard Time"},
        {"America/Mexico_City", "Central Standard Time (Mexico)"},
        {"America/New_York", "Eastern Standard Time"},
        {"America/Bogota", "SA Pacific Standard Time"},
        {"America/Lima", "SA Pacific Standard Time"},
        {"America/Caracas", "Venezuela Standard Time"},
        {"America/Halifax", "Atlantic Standard Time"},
        {"America/Santiago", "Pacific SA Standard Time"},
        {"America/St_Johns", "Newfoundland Standard Time"},
        {"America/Sao_Paulo", "E. South America Standard Time"},
        {"America/Argentina/Buenos_Aires", "Argentina Standard Time"},
    };

    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final int CACHE_SIZE = 1024;
    private static final Duration TOLERANCE = Duration.ofSeconds(1);

    /** Blobs come from devices: a bounded least-recently-used memory of answers. */
    private static final Map<String, Optional<ZoneId>> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<ZoneId>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private TimeZones() {
    }

    /** The zones {@link #find} tries, in order: the well-known list, then all others by name. */
    public static List<ZoneId> candidates() {
        return Candidates.ALL;
    }

    /**
     * The IANA zone, or for a blob without matching zone its standard offset. Never fails, whatever
     * the blob holds.
     */
    public static ZoneId match(TimeZoneInformation tz, int year) {
        return find(tz, year).orElseGet(() -> tz.rules().standardOffset());
    }

    /**
     * The first candidate zone whose offsets and transitions in {@code year} are those of the blob
     * (to the second), or empty. A blob without daylight time matches a zone without transitions
     * that year at the same offset.
     */
    public static Optional<ZoneId> find(TimeZoneInformation tz, int year) {
        year = clamp(year);
        String key = cacheKey(tz, year);
        Optional<ZoneId> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<ZoneId> found = search(tz.rules(), year);
        CACHE.put(key, found);
        return found;
    }

    private static Optional<ZoneId> search(TimeZoneRules blob, int year) {
        Optional<Expected> strict = Expected.of(blob, year, false);
        if (strict.isEmpty()) {
            return Optional.empty();
        }
        for (ZoneId zone : Candidates.ALL) {
            if (strict.get().matches(zone.getRules(), year)) {
                return Optional.of(zone);
            }
        }
        if (!blob.hasDaylightTime()) {
            return Optional.empty();
        }
        Expected afterChange = Expected.of(blob, year, true).orElseThrow();
        for (ZoneId zone : Candidates.ALL) {
            if (afterChange.matches(zone.getRules(), year)) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    /** Years outside 1-9999 (nonsense from a device) are read as the nearest of those. */
    private static int clamp(int year) {
        return Math.max(1, Math.min(9999, year));
    }

    /** The blob without its names (which do not take part in matching), and the year. */
    private static String cacheKey(TimeZoneInformation tz, int year) {
        TimeZoneInformation unnamed = new TimeZoneInformation(tz.bias(), "", tz.standardDate(), tz.standardBias(),
                "", tz.daylightDate(), tz.daylightBias());
        return year + ":" + Base64.getEncoder().encodeToString(unnamed.toBytes());
    }

    /** What a zone must show in a year to match a blob: its transitions, or none and one offset. */
    private record Expected(ZoneOffset standard, ZoneOffset daylight, Instant daylightStart, Instant standardStart) {

        static Optional<Expected> of(TimeZoneRules blob, int year, boolean wallTimeAfterChange) {
            if (!blob.hasDaylightTime()) {
                return Optional.of(new Expected(blob.standardOffset(), null, null, null));
            }
            Optional<Instant> start = blob.daylightStart(year);
            Optional<Instant> end = blob.standardStart(year);
            if (start.isEmpty() || end.isEmpty()) {
                return Optional.empty();
            }
            Instant s = start.get();
            Instant e = end.get();
            if (wallTimeAfterChange) {
                // The same local times read in the offset that follows each change.
                long dst = blob.daylightOffset().getTotalSeconds() - blob.standardOffset().getTotalSeconds();
                s = s.minusSeconds(dst);
                e = e.plusSeconds(dst);
            }
            return Optional.of(new Expected(blob.standardOffset(), blob.daylightOffset(), s, e));
        }

        boolean matches(ZoneRules rules, int year) {
            List<ZoneOffsetTransition> transitions = transitionsIn(rules, year);
            if (daylight == null) {
                return transitions.isEmpty()
                        && rules.getOffset(LocalDate.of(year, 7, 1).atStartOfDay().toInstant(standard)).equals(standard);
            }
            if (transitions.size() != 2) {
                return false;
            }
            boolean sawStart = false;
            boolean sawEnd = false;
            for (ZoneOffsetTransition t : transitions) {
                if (t.getOffsetBefore().equals(standard) && t.getOffsetAfter().equals(daylight)
                        && close(t.getInstant(), daylightStart)) {
                    sawStart = true;
                } else if (t.getOffsetBefore().equals(daylight) && t.getOffsetAfter().equals(standard)
                        && close(t.getInstant(), standardStart)) {
                    sawEnd = true;
                }
            }
            return sawStart && sawEnd;
        }

        private static boolean close(Instant a, Instant b) {
            return Duration.between(a, b).abs().compareTo(TOLERANCE) <= 0;
        }
    }

    /** The transitions whose local time before the change falls in {@code year}, in order. */
    static List<ZoneOffsetTransition> transitionsIn(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> found = new ArrayList<>(2);
        if (rules.isFixedOffset()) {
            return found;
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minus(Duration.ofDays(2));
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getDateTimeBefore().getYear() <= year) {
            if (t.getDateTimeBefore().getYear() == year) {
                found.add(t);
            }
            if (found.size() > 8) {
                break; // more changes than a blob can state; enough to refuse the zone
            }
            t = rules.nextTransition(t.getInstant());
        }
        return found;
    }

    /**
     * The blob for {@code zone} in {@code year}: see {@link TimeZoneInformation#forZone}.
     */
    static TimeZoneInformation encode(ZoneId zone, int year) {
        year = clamp(year);
        ZoneRules rules = zone.getRules();
        String standardName = standardName(zone);
        String daylightName = daylightName(standardName);
        List<ZoneOffsetTransition> transitions = transitionsIn(rules, year);
        if (transitions.size() == 2) {
            ZoneOffsetTransition a = transitions.get(0);
            ZoneOffsetTransition b = transitions.get(1);
            ZoneOffset standard = rules.getStandardOffset(a.getInstant());
            boolean pair = a.getOffsetBefore().equals(b.getOffsetAfter()) && a.getOffsetAfter().equals(b.getOffsetBefore())
                    && standard.equals(rules.getStandardOffset(b.getInstant()));
            if (pair && (a.getOffsetAfter().equals(standard) != b.getOffsetAfter().equals(standard))) {
                ZoneOffsetTransition toDaylight = a.getOffsetAfter().equals(standard) ? b : a;
                ZoneOffsetTransition toStandard = toDaylight == a ? b : a;
                int bias = -standard.getTotalSeconds() / 60;
                int daylightBias = -(toDaylight.getOffsetAfter().getTotalSeconds() - standard.getTotalSeconds()) / 60;
                return new TimeZoneInformation(bias, standardName, systemTime(toStandard, rules), 0, daylightName,
                        systemTime(toDaylight, rules), daylightBias);
            }
        }
        // No daylight time this year, or changes a blob cannot state (one transition, or more than
        // two): the offset in force at the end of the year, without transitions. (Not the
        // standard offset: a zone may keep "daylight" time all year, as Macquarie did in 2010.)
        ZoneOffset offset = rules.getOffset(LocalDate.of(year, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC));
        return new TimeZoneInformation(-offset.getTotalSeconds() / 60, standardName, SystemTime.NONE, 0,
                daylightName, SystemTime.NONE, 0);
    }

    /**
     * A transition as SYSTEMTIME: its local time before the change, in the "day-of-week occurrence"
     * form. A date in the last seven days of its month is written as 5 (last) unless the zone's rule
     * counts from the start of the month ("Sunday on or after the 22nd" = fourth Sunday). Rules the
     * form cannot state (Israel's "Friday on or after the 23rd") come out right for this year only.
     */
    private static SystemTime systemTime(ZoneOffsetTransition t, ZoneRules rules) {
        LocalDateTime local = t.getDateTimeBefore();
        LocalDate date = local.toLocalDate();
        boolean countsFromStart = false;
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            if (r.createTransition(date.getYear()).equals(t)) {
                countsFromStart = r.getDayOfMonthIndicator() > 0 && (r.getDayOfMonthIndicator() - 1) % 7 == 0;
            }
        }
        int occurrence = (date.getDayOfMonth() - 1) / 7 + 1;
        if (date.getDayOfMonth() + 7 > date.lengthOfMonth() && !countsFromStart) {
            occurrence = 5;
        }
        return new SystemTime(0, date.getMonthValue(), date.getDayOfWeek().getValue() % 7, occurrence,
                local.getHour(), local.getMinute(), local.getSecond(), local.getNano() / 1_000_000);
    }

    /** The Windows name of a well-known zone, else the IANA id (cut to the 32 characters a blob holds). */
    static String standardName(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return "";
        }
        for (String[] known : CANONICAL) {
            if (known[0].equals(zone.getId())) {
                return known[1];
            }
        }
        if (zone.getId().equals("Etc/UTC") || zone.getId().equals("Z")) {
            return "";
        }
        String id = zone.getId();
        return id.length() > 32 ? id.substring(0, 32) : id;
    }

    private static String daylightName(String standardName) {
        return standardName.contains("Standard Time") ? standardName.replace("Standard Time", "Daylight Time")
                : standardName;
    }

    /** Built on first use: every region zone id of the running JDK. */
    private static final class Candidates {
        static final List<ZoneId> ALL = build();

        private static List<ZoneId> build() {
            Set<String> available = ZoneId.getAvailableZoneIds();
            List<ZoneId> zones = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (String[] known : CANONICAL) {
                if (available.contains(known[0]) && seen.add(known[0])) {
                    zones.add(ZoneId.of(known[0]));
                }
            }
            for (String id : new TreeSet<>(available)) {
                int slash = id.indexOf('/');
                if (slash > 0 && REGIONS.contains(id.substring(0, slash)) && seen.add(id)) {
                    zones.add(ZoneId.of(id));
                }
            }
            return List.copyOf(zones);
        }
    }
}
