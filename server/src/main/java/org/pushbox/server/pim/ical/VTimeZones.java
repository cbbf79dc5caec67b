package org.pushbox.server.pim.ical;

import java.time.ZoneId;
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
            return Optional.of(IcsParser.parse(tz.getVTimeZone().toString()));
        } catch (IcsParser.IcsSyntaxException e) {
            return Optional.empty();
        }
    }

    /** One registry for the process: creating one reads its alias table. */
    private static final class Registry {
        static final TimeZoneRegistry INSTANCE = TimeZoneRegistryFactory.getInstance().createRegistry();
    }
}
