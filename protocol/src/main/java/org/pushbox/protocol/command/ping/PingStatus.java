package org.pushbox.protocol.command.ping;

import org.pushbox.protocol.command.EasStatus;

/** Ping {@code Status} values ([MS-ASCMD] 2.2.3.177.10). */
public enum PingStatus implements EasStatus {
    /** The heartbeat interval expired with no change; the client pings again. */
    NO_CHANGES(1),
    /** Folders changed; they are listed in {@code Folders}. */
    CHANGES(2),
    /** The request lacked HeartbeatInterval or Folders and nothing was cached; the client resends them. */
    MISSING_PARAMETERS(3),
    /** Malformed request; what the codec reports for structural faults. */
    SYNTAX_ERROR(4),
    /** The heartbeat interval is out of range; the allowed minimum or maximum is in {@code HeartbeatInterval}. */
    HEARTBEAT_OUT_OF_RANGE(5),
    /** Too many folders; the limit is in {@code MaxFolders}. */
    TOO_MANY_FOLDERS(6),
    /** The folder hierarchy changed, or a folder is unknown; the client runs FolderSync. */
    FOLDER_SYNC_REQUIRED(7),
    SERVER_ERROR(8);

    private final int code;

    PingStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
