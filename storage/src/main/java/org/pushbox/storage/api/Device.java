package org.pushbox.storage.api;

import java.time.Instant;

/**
 * A device of an account, identified by the client's DeviceId (matched case-insensitively).
 * {@code id} is the store's own key, used by the sync state.
 */
public record Device(long id, long accountId, String deviceId, String deviceType, String model, String os,
        String userAgent, PropertyMap extra, long policyKey, WipeState wipeState, Instant firstSeen,
        Instant lastSeen) {
}
