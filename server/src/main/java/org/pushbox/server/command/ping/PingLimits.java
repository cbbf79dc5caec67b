package org.pushbox.server.command.ping;

import org.pushbox.server.config.PushboxConfig;

/**
 * What a Ping may ask for: a heartbeat in [{@code minHeartbeat}, {@code maxHeartbeat}] seconds
 * (Status 5 otherwise) and at most {@code maxFolders} folders (Status 6 otherwise).
 */
public record PingLimits(int minHeartbeat, int maxHeartbeat, int maxFolders) {

    /**
     * pushbox's own choice: more than any phone pings (they watch a handful of folders), enough for a
     * desktop client that pings every folder of a large mailbox, and a bound on the work of one Ping.
     */
    public static final int DEFAULT_MAX_FOLDERS = 300;

    public PingLimits {
        if (minHeartbeat < 0 || minHeartbeat > maxHeartbeat || maxFolders < 1) {
            throw new IllegalArgumentException("limits " + minHeartbeat + ".." + maxHeartbeat + ", " + maxFolders);
        }
    }

    public static PingLimits of(PushboxConfig config) {
        return new PingLimits(Math.toIntExact(config.heartbeatMin().toSeconds()),
                Math.toIntExact(config.heartbeatMax().toSeconds()), DEFAULT_MAX_FOLDERS);
    }
}
