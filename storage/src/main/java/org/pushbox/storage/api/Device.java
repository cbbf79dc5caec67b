package org.pushbox.storage.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A device of an account, identified by the client's DeviceId (matched case-insensitively).
 * {@code id} is the store's own key, used by the sync state.
 */
public record Device(long id, long accountId, String deviceId, String deviceType, String model, String os,
        String userAgent, PropertyMap extra, long policyKey, WipeState wipeState, Instant firstSeen,
        Instant lastSeen) {

    /**
     * How stale {@code lastSeen} may get before a request of an otherwise unchanged device rewrites it: every EAS
     * request registers its device, and a phone in a Ping/Sync loop would otherwise write (and commit) this row
     * several times a second for nothing but a fresher timestamp.
     */
    public static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    /** This device with {@code info} merged in (null fields keep the stored value) and last seen at {@code now}. */
    public Device seenWith(DeviceInfo info, Instant now) {
        return new Device(id, accountId, deviceId, or(info.deviceType(), deviceType), or(info.model(), model),
                or(info.os(), os), or(info.userAgent(), userAgent), extra.merge(info.extra(), List.of()), policyKey,
                wipeState, firstSeen, now);
    }

    /** Whether registering {@code info} at {@code now} would change nothing worth a write. */
    public boolean isCurrent(DeviceInfo info, Instant now) {
        Device merged = seenWith(info, now);
        return merged.withLastSeen(lastSeen).equals(this) && !lastSeen.isBefore(now.minus(LAST_SEEN_RESOLUTION));
    }

    private Device withLastSeen(Instant seen) {
        return new Device(id, accountId, deviceId, deviceType, model, os, userAgent, extra, policyKey, wipeState,
                firstSeen, seen);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
