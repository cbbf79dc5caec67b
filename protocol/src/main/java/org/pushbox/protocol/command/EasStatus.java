package org.pushbox.protocol.command;

/**
 * A value of an EAS {@code Status} element. Every command has its own enum of codes
 * ({@code SyncStatus}, {@code PingStatus}, ...); the codes 101 and up that all commands share
 * in 14.0+ are {@link CommonStatus}. A response record accepts either.
 */
public interface EasStatus {

    /** The number sent on the wire. */
    int code();

    /**
     * The status with this code: one of {@code commandValues}, else a {@link CommonStatus}, else
     * {@code null}. Command codes win because some commands reuse small numbers differently.
     */
    static EasStatus lookup(int code, EasStatus[] commandValues) {
        for (EasStatus s : commandValues) {
            if (s.code() == code) {
                return s;
            }
        }
        return CommonStatus.fromCode(code);
    }
}
