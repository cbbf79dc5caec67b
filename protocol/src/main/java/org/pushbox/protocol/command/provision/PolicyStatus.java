package org.pushbox.protocol.command.provision;

import org.pushbox.protocol.command.EasStatus;

/** The server's {@code Policy/Status} in a Provision response ([MS-ASPROV] 2.2.2.54.2). */
public enum PolicyStatus implements EasStatus {
    SUCCESS(1),
    /** No policy for this client; the response then carries no Data. */
    NO_POLICY(2),
    UNKNOWN_POLICY_TYPE(3),
    POLICY_DATA_CORRUPT(4),
    /** The client acknowledged a wrong or stale key and must start again with phase 1. */
    WRONG_POLICY_KEY(5);

    private final int code;

    PolicyStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
