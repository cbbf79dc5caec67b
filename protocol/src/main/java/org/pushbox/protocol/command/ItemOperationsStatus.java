package org.pushbox.protocol.command.itemoperations;

import org.pushbox.protocol.command.EasStatus;

/** ItemOperations {@code Status} values, top level and per operation ([MS-ASCMD] 2.2.3.177.7). */
public enum ItemOperationsStatus implements EasStatus {
    SUCCESS(1),
    /** Malformed request or invalid option; what the codec reports for structural faults. */
    PROTOCOL_ERROR(2),
    SERVER_ERROR(3),
    BAD_DOCUMENT_LIBRARY_LINK(4),
    DOCUMENT_LIBRARY_ACCESS_DENIED(5),
    OBJECT_NOT_FOUND(6),
    DOCUMENT_LIBRARY_CONNECTION_FAILED(7),
    /** The byte range is malformed or too large. */
    INVALID_BYTE_RANGE(8),
    UNKNOWN_STORE(9),
    EMPTY_FILE(10),
    DATA_TOO_LARGE(11),
    IO_FAILURE(12),
    CONVERSION_FAILED(14),
    INVALID_ATTACHMENT_ID(15),
    ACCESS_DENIED(16),
    PARTIAL_SUCCESS(17),
    CREDENTIALS_REQUIRED(18);

    private final int code;

    ItemOperationsStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
