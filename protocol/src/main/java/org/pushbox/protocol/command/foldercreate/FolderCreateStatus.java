package org.pushbox.protocol.command.foldercreate;

import org.pushbox.protocol.command.EasStatus;

/** FolderCreate {@code Status} values ([MS-ASCMD] 2.2.3.177.2). */
public enum FolderCreateStatus implements EasStatus {
    SUCCESS(1),
    /** A folder with this name already exists under the parent. */
    FOLDER_EXISTS(2),
    /** The parent is a special folder (e.g. the Recipient Information Cache). */
    SPECIAL_PARENT(3),
    PARENT_NOT_FOUND(5),
    SERVER_ERROR(6),
    INVALID_SYNC_KEY(9),
    /** Incorrectly formatted request. */
    MALFORMED_REQUEST(10),
    UNKNOWN_ERROR(11),
    CODE_UNKNOWN(12);

    private final int code;

    FolderCreateStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
