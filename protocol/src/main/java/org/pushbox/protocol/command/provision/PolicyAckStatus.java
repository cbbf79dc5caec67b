package org.pushbox.protocol.command.provision;

import org.pushbox.protocol.command.EasStatus;

/** The client's {@code Policy/Status} when it acknowledges a policy (phase 2). */
public enum PolicyAckStatus implements EasStatus {
    APPLIED(1),
    /** At least the password rules were applied. */
    PARTIALLY_APPLIED(2),
    NOT_APPLIED(3),
    /** The device is managed by another party. */
    EXTERNALLY_MANAGED(4);

    private final int code;

    PolicyAckStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
