package org.pushbox.server.pim.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.protocol.model.TimeZones;

/**
 * Between an IANA zone and the TIME_ZONE_INFORMATION blob an EAS event carries, through the protocol's
 * {@link TimeZones} (docs/time-zones.md): the blob of a zone as its rules stand in the event's year, and
 * the zone a blob means (a fixed offset when no zone has its rules, which keeps the times right but loses
 * daylight saving).
 */
public final class EasZones {

    private EasZones() {
    }

    public static TimeZoneInformation blob(ZoneId zone, int year) {
        return TimeZoneInformation.forZone(zone, year);
    }

    /** The zone a blob means, for the year of {@code when}. */
    public static ZoneId zone(TimeZoneInformation tz, Instant when) {
        ZoneId zone = TimeZones.match(tz, when.atOffset(ZoneOffset.UTC).getYear());
        return zone.normalized() instanceof ZoneOffset offset ? offset : zone; // UTC, Etc/GMT+12: written with Z
    }
}
