package org.pushbox.protocol.command.provision;

import org.pushbox.protocol.command.EasStatus;

/** Provision top-level {@code Status} ([MS-ASPROV] 2.2.2.54.1); common 139, 141, 144, 145 and 165 also apply. */
public enum ProvisionStatus implements EasStatus {
    SUCCESS(1),
    /** Malformed request, e.g. no PolicyType; what the codec reports for structural faults. */
    PROTOCOL_ERROR(2),
    SERVER_ERROR(3);

    private final int code;

    ProvisionStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
