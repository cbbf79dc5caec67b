package org.pushbox.protocol.command.search;

import org.pushbox.protocol.command.EasStatus;

/** Search {@code Status} values, top level and per store ([MS-ASCMD] 2.2.3.177.12). */
public enum SearchStatus implements EasStatus {
    SUCCESS(1),
    /** Malformed request; what the codec reports for structural faults. */
    INVALID_REQUEST(2),
    SERVER_ERROR(3),
    BAD_LINK(4),
    ACCESS_DENIED(5),
    NOT_FOUND(6),
    CONNECTION_FAILED(7),
    /** A query the server cannot run, e.g. Or or nested conditions. */
    TOO_COMPLEX(8),
    TIMED_OUT(10),
    FOLDER_SYNC_REQUIRED(11),
    /** The requested range starts beyond the results. */
    END_OF_RANGE(12),
    ACCESS_BLOCKED(13),
    CREDENTIALS_REQUIRED(14);

    private final int code;

    SearchStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
