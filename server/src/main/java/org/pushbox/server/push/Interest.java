package org.pushbox.server.push;

import java.util.Objects;
import java.util.Set;

/**
 * What a held request waits for: commits to some folders of one account and, optionally, changes of
 * that account's folder hierarchy. {@code deviceId} (the store's device key) names the waiter's slot:
 * a device has at most one held request, so a new one ends the older.
 */
public record Interest(long accountId, long deviceId, Set<Long> folderIds, boolean hierarchy) {

    public Interest {
        folderIds = Set.copyOf(Objects.requireNonNull(folderIds, "folderIds"));
    }
}
