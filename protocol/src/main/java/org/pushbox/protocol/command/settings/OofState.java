package org.pushbox.protocol.command.settings;

/** The Settings {@code OofState}. */
public enum OofState {
    DISABLED(0),
    /** On until switched off. */
    GLOBAL(1),
    /** On between StartTime and EndTime. */
    TIME_BASED(2);

    private final int code;

    OofState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OofState fromCode(int code) {
        for (OofState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
