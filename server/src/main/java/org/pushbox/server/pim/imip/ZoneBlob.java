package org.pushbox.server.pim.imip;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.pushbox.protocol.model.SystemTime;
import org.pushbox.protocol.model.TimeZoneInformation;

/** The EAS TimeZone blob for the zone a meeting was written in. */
final class ZoneBlob {

    private ZoneBlob() {
    }

    /** The zone's offset at {@code at}, as a blob without daylight-saving rules. */
    static TimeZoneInformation of(ZoneId zone, Instant at) {
        if (zone == null || zone.equals(ZoneOffset.UTC)) {
            return TimeZoneInformation.UTC;
        }
        int offsetMinutes = zone.getRules().getOffset(at == null ? Instant.now() : at).getTotalSeconds() / 60;
        return new TimeZoneInformation(-offsetMinutes, "", SystemTime.NONE, 0, "", SystemTime.NONE, 0);
    }
}
