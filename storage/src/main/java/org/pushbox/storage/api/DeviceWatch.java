package org.pushbox.storage.api;

import java.util.Set;

/**
 * What a device last asked to be told about: how many seconds it is willing to wait for a change and
 * which folders to watch. Kept per device so that a later request that omits them (an empty Ping) can
 * reuse them, also after a server restart.
 */
public record DeviceWatch(int heartbeatSeconds, Set<Long> folderIds) {

    public DeviceWatch {
        if (heartbeatSeconds < 0) {
            throw new IllegalArgumentException("negative heartbeat: " + heartbeatSeconds);
        }
        folderIds = Set.copyOf(folderIds);
    }
}
