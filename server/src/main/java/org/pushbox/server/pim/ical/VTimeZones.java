package org.pushbox.server.pim.ical;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * The VTIMEZONE of an IANA zone for export, from the zoneinfo definitions bundled in ical4j (no network:
 * see ical4j.properties). Parsed once per zone into our component model.
 */
public final class VTimeZones {

    private static final Map<String, Optional<IcsComponent>> CACHE = new ConcurrentHashMap<>();

    private VTimeZones() {
    }

    public static Optional<IcsComponent> of(ZoneId zone) {
        return CACHE.computeIfAbsent(zone.getId(), VTimeZones::load);
    }

    private static Optional<IcsComponent> load(String id) {
        TimeZoneRegistry registry = Registry.INSTANCE;
        TimeZone tz = registry.getTimeZone(id);
        if (tz == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(trim(IcsParser.parse(tz.getVTimeZone().toString())));
        } catch (IcsParser.IcsSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The zone without its history before 1970: ical4j's definitions go back to the 1880s (dozens of
     * observances per zone). Kept: every observance in effect in 1970 or later, and the one in force when
     * 1970 began.
     */
    static IcsComponent trim(IcsComponent vtimezone) {
        List<IcsComponent> observances = new ArrayList<>(vtimezone.components());
        observances.sort(Comparator.comparing(o -> o.text("DTSTART") == null ? "" : o.text("DTSTART")));
        List<IcsComponent> kept = new ArrayList<>();
        IcsComponent before = null;
        for (IcsComponent o : observances) {
            if (lastYear(o) >= CUTOFF_YEAR) {
                kept.add(o);
            } else {
                before = o;
            }
        }
        if (before != null) {
            kept.add(0, before);
        }
        List<IcsProperty> header = vtimezone.properties().stream()
                .filter(p -> !p.name().equals("LAST-MODIFIED") && !p.name().equals("X-PROLEPTIC-TZNAME")).toList();
        return new IcsComponent(vtimezone.name(), header, kept);
    }

    private static final int CUTOFF_YEAR = 1970;

    /** The last year an observance starts: forever for an open-ended RRULE. */
    private static int lastYear(IcsComponent o) {
        int last = year(o.text("DTSTART"));
        for (IcsProperty rdate : o.all("RDATE")) {
            for (String v : rdate.value().split(",")) {
                last = Math.max(last, year(v));
            }
        }
        IcsProperty rrule = o.property("RRULE").orElse(null);
        if (rrule != null) {
            int until = rrule.value().indexOf("UNTIL=");
            last = until < 0 ? Integer.MAX_VALUE : Math.max(last, year(rrule.value().substring(until + 6)));
        }
        return last;
    }

    private static int year(String value) {
        return value != null && value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(value.substring(0, 4)) : 0;
    }

    /** One registry for the process: creating one reads its alias table. */
    private static final class Registry {
        static final TimeZoneRegistry INSTANCE = TimeZoneRegistryFactory.getInstance().createRegistry();
    }
}
