package org.pushbox.protocol.command.folderdelete;

import org.pushbox.protocol.command.EasStatus;

/** FolderDelete {@code Status} values ([MS-ASCMD] 2.2.3.177.3). */
public enum FolderDeleteStatus implements EasStatus {
    SUCCESS(1),
    /** Default folders and the Recipient Information Cache cannot be deleted. */
    SPECIAL_FOLDER(3),
    FOLDER_NOT_FOUND(4),
    SERVER_ERROR(6),
    INVALID_SYNC_KEY(9),
    /** Incorrectly formatted request. */
    MALFORMED_REQUEST(10),
    UNKNOWN_ERROR(11);

    private final int code;

    FolderDeleteStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
