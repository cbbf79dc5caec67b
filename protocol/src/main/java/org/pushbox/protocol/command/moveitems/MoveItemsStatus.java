package org.pushbox.protocol.command.moveitems;

import org.pushbox.protocol.command.EasStatus;

/**
 * MoveItems {@code Status} values ([MS-ASCMD] 2.2.3.177.9). Success is 3, not 1. The command has no
 * "malformed" status of its own: structural faults are common status 103.
 */
public enum MoveItemsStatus implements EasStatus {
    /** Invalid source collection or item. */
    INVALID_SOURCE(1),
    INVALID_DESTINATION(2),
    SUCCESS(3),
    SAME_SOURCE_AND_DESTINATION(4),
    /** E.g. more than one destination, or the source is locked. */
    FAILURE(5),
    LOCKED(7);

    private final int code;

    MoveItemsStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
