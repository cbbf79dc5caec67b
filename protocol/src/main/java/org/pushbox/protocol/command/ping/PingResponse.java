package org.pushbox.protocol.command.ping;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A Ping response. Which optional element goes with which status is fixed by the specification,
 * so the factories are the way to build one: {@code Folders} only with 2, {@code MaxFolders}
 * only with 6, {@code HeartbeatInterval} only with 5.
 */
public record PingResponse(EasStatus status, List<String> changedFolders, Integer maxFolders, Integer heartbeatInterval) {

    public PingResponse {
        Objects.requireNonNull(status, "status");
        changedFolders = changedFolders == null ? null : List.copyOf(changedFolders);
        check(changedFolders != null, status == PingStatus.CHANGES, "Folders goes with Status 2 only");
        check(maxFolders != null, status == PingStatus.TOO_MANY_FOLDERS, "MaxFolders goes with Status 6 only");
        check(heartbeatInterval != null, status == PingStatus.HEARTBEAT_OUT_OF_RANGE,
                "HeartbeatInterval goes with Status 5 only");
    }

    private static void check(boolean present, boolean statusAllows, String rule) {
        if (present != statusAllows) {
            throw new IllegalArgumentException(rule);
        }
    }

    /** Status 1, 3, 4, 7 or 8, or a common status: no other element. */
    public static PingResponse of(EasStatus status) {
        return new PingResponse(status, null, null, null);
    }

    public static PingResponse changes(List<String> folderIds) {
        if (folderIds.isEmpty()) {
            throw new IllegalArgumentException("Status 2 needs at least one changed folder");
        }
        return new PingResponse(PingStatus.CHANGES, folderIds, null, null);
    }

    /** Status 5 with the allowed minimum (interval too short) or maximum (too long). */
    public static PingResponse heartbeatOutOfRange(int allowedSeconds) {
        return new PingResponse(PingStatus.HEARTBEAT_OUT_OF_RANGE, null, null, allowedSeconds);
    }

    public static PingResponse tooManyFolders(int maxFolders) {
        return new PingResponse(PingStatus.TOO_MANY_FOLDERS, null, maxFolders, null);
    }
}
