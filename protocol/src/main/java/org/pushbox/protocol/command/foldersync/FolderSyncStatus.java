package org.pushbox.protocol.command.foldersync;

import org.pushbox.protocol.command.EasStatus;

/** FolderSync {@code Status} values ([MS-ASCMD] 2.2.3.177.5). */
public enum FolderSyncStatus implements EasStatus {
    SUCCESS(1),
    /** Server error; the client retries. */
    SERVER_ERROR(6),
    /** Unknown, malformed or empty sync key; the client resets to key 0. */
    INVALID_SYNC_KEY(9),
    /** Incorrectly formatted request (missing SyncKey, unknown element, ...). */
    MALFORMED_REQUEST(10),
    UNKNOWN_ERROR(11),
    CODE_UNKNOWN(12);

    private final int code;

    FolderSyncStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
