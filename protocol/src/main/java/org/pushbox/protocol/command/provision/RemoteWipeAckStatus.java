package org.pushbox.protocol.command.provision;

import org.pushbox.protocol.command.EasStatus;

/** The client's {@code Status} inside {@code RemoteWipe} or {@code AccountOnlyRemoteWipe} when it acknowledges a wipe. */
public enum RemoteWipeAckStatus implements EasStatus {
    WIPED(1),
    FAILED(2);

    private final int code;

    RemoteWipeAckStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
