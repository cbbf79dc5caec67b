package org.pushbox.server.pim.imip;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.pushbox.protocol.model.TimeZoneInformation;

/**
 * The EAS TimeZone blob for the zone a meeting was written in, with that zone's daylight-saving rules of the
 * year the meeting starts.
 */
final class ZoneBlob {

    private ZoneBlob() {
    }

    static TimeZoneInformation of(ZoneId zone, Instant at) {
        if (zone == null || zone.equals(ZoneOffset.UTC)) {
            return TimeZoneInformation.UTC;
        }
        Instant when = at == null ? Instant.now() : at;
        int year = when.atZone(ZoneOffset.UTC).getYear();
        try {
            return TimeZoneInformation.forZone(zone, year);
        } catch (RuntimeException e) {
            // Rules the blob cannot state: the offset at the start, without daylight-saving time.
            int minutes = zone.getRules().getOffset(when).getTotalSeconds() / 60;
            return TimeZoneInformation.forZone(ZoneOffset.ofTotalSeconds(minutes * 60), 2000);
        }
    }
}
