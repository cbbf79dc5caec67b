package org.pushbox.protocol.command.find;

import org.pushbox.protocol.command.EasStatus;

/** Find {@code Status} values, top level and in Response (16.1, [MS-ASCMD] 2.2.3.177.x). */
public enum FindStatus implements EasStatus {
    SUCCESS(1),
    /** Malformed request; what the codec reports for structural faults. */
    INVALID_REQUEST(2),
    FOLDER_SYNC_REQUIRED(3),
    /** Response level: the first request of a SearchId must start its range at 0. */
    START_WITH_RANGE_ZERO(4);

    private final int code;

    FindStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
