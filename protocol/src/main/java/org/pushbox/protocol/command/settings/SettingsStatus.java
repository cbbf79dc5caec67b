package org.pushbox.protocol.command.settings;

import org.pushbox.protocol.command.EasStatus;

/** Settings {@code Status} values, top level and per property ([MS-ASCMD] 2.2.3.177.14). */
public enum SettingsStatus implements EasStatus {
    SUCCESS(1),
    /** Malformed request; also what the codec reports for any structural fault. */
    PROTOCOL_ERROR(2),
    ACCESS_DENIED(3),
    SERVER_UNAVAILABLE(4),
    /** E.g. an unknown BodyType, or a password longer than 256 characters. */
    INVALID_ARGUMENTS(5),
    CONFLICTING_ARGUMENTS(6),
    /** E.g. a recovery password while the policy disables password recovery. */
    DENIED_BY_POLICY(7);

    private final int code;

    SettingsStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
