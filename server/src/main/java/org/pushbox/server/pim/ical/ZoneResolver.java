package org.pushbox.server.pim.ical;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which zone a TZID parameter means: an IANA id (also behind the {@code /mozilla.org/.../} and
 * {@code /citadel.org/...} prefixes some producers write), a Windows zone name (Outlook), or the
 * calendar's own VTIMEZONE: its X-LIC-LOCATION, else the IANA zone whose offsets match its STANDARD and
 * DAYLIGHT rules, else a fixed offset of its standard time.
 */
public final class ZoneResolver {

    private final Map<String, IcsComponent> vtimezones = new HashMap<>();
    private final Map<String, ZoneId> resolved = new HashMap<>();

    /** Remembers a VTIMEZONE of the file, for TZIDs that are not zone names. */
    public void define(IcsComponent vtimezone) {
        String id = vtimezone.text("TZID");
        if (id != null) {
            vtimezones.put(id, vtimezone);
            resolved.remove(id);
        }
    }

    /** The zone of {@code tzid}; empty when nothing names or defines it. */
    public Optional<ZoneId> resolve(String tzid) {
        if (tzid == null) {
            return Optional.empty();
        }
        ZoneId zone = resolved.computeIfAbsent(tzid, this::lookup);
        return Optional.ofNullable(zone);
    }

    private ZoneId lookup(String tzid) {
        ZoneId named = byName(tzid);
        if (named != null) {
            return named;
        }
        IcsComponent definition = vtimezones.get(tzid);
        if (definition == null) {
            return null;
        }
        String location = definition.text("X-LIC-LOCATION");
        named = location == null ? null : byName(location);
        return named != null ? named : byRules(definition);
    }

    /** An IANA id (possibly behind a path prefix) or a Windows name. */
    static ZoneId byName(String name) {
        String trimmed = name.trim();
        ZoneId windows = WindowsZones.zone(trimmed);
        if (windows != null) {
            return windows;
        }
        String candidate = trimmed;
        while (true) {
            ZoneId zone = region(candidate);
            if (zone != null) {
                return zone;
            }
            int slash = candidate.indexOf('/');
            if (slash < 0) {
                return null;
            }
            candidate = candidate.substring(slash + 1);
        }
    }

    private static ZoneId region(String id) {
        if (id.isEmpty() || !id.contains("/") && !id.equals("UTC") && !id.equals("GMT")) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first well-known zone with the same standard and daylight offsets, else the standard offset. */
    private static ZoneId byRules(IcsComponent definition) {
        ZoneOffset standard = offset(definition, "STANDARD");
        ZoneOffset daylight = offset(definition, "DAYLIGHT");
        if (standard == null) {
            return null;
        }
        int year = LocalDateTime.now(ZoneOffset.UTC).getYear();
        for (ZoneId zone : WindowsZones.all()) {
            var rules = zone.getRules();
            ZoneOffset january = rules.getOffset(LocalDateTime.of(year, 1, 15, 12, 0));
            ZoneOffset july = rules.getOffset(LocalDateTime.of(year, 7, 15, 12, 0));
            ZoneOffset zoneStandard = rules.getStandardOffset(LocalDateTime.of(year, 1, 15, 12, 0)
                    .toInstant(ZoneOffset.UTC));
            ZoneOffset zoneDaylight = january.equals(zoneStandard) ? july : january;
            boolean zoneHasDst = !january.equals(july);
            if (zoneStandard.equals(standard) && (daylight == null || daylight.equals(standard)
                    ? !zoneHasDst : zoneHasDst && zoneDaylight.equals(daylight))) {
                return zone;
            }
        }
        return standard;
    }

    private static ZoneOffset offset(IcsComponent definition, String kind) {
        List<IcsComponent> parts = definition.components(kind);
        if (parts.isEmpty()) {
            return null;
        }
        String to = parts.get(parts.size() - 1).text("TZOFFSETTO");
        try {
            return to == null ? null : ZoneOffset.of(to.length() == 5 ? to.substring(0, 3) + ":" + to.substring(3) : to);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
