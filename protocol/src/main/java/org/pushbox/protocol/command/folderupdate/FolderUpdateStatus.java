package org.pushbox.protocol.command.folderupdate;

import org.pushbox.protocol.command.EasStatus;

/** FolderUpdate {@code Status} values ([MS-ASCMD] 2.2.3.177.4). */
public enum FolderUpdateStatus implements EasStatus {
    SUCCESS(1),
    /** The new name exists under the parent, or the folder is a special folder. */
    FOLDER_EXISTS_OR_SPECIAL(2),
    RECIPIENT_INFORMATION_CACHE(3),
    FOLDER_NOT_FOUND(4),
    PARENT_NOT_FOUND(5),
    SERVER_ERROR(6),
    INVALID_SYNC_KEY(9),
    /** Incorrectly formatted request. */
    MALFORMED_REQUEST(10),
    UNKNOWN_ERROR(11);

    private final int code;

    FolderUpdateStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
