package org.pushbox.protocol.command.getitemestimate;

import org.pushbox.protocol.command.EasStatus;

/**
 * GetItemEstimate {@code Status} values ([MS-ASCMD] 2.2.3.177.6). The command has no "malformed"
 * status of its own: structural faults are common status 103 (HTTP 400 for 12.1).
 */
public enum GetItemEstimateStatus implements EasStatus {
    SUCCESS(1),
    /** The collection is unknown or not synchronizable (also MaxItems outside the RI cache). */
    INVALID_COLLECTION(2),
    /** The collection has not been primed with a Sync of key 0. */
    NOT_PRIMED(3),
    /** The sync key is not the one the next Sync would use. */
    INVALID_SYNC_KEY(4);

    private final int code;

    GetItemEstimateStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
