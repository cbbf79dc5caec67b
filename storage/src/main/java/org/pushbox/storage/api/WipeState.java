package org.pushbox.storage.api;

/** Remote wipe progress of a device. Codes are persisted. */
public enum WipeState implements Coded {
    NONE(0),
    /** The whole device is to be wiped at its next request. */
    WIPE_REQUESTED(1),
    /** Only this account's data is to be removed from the device. */
    ACCOUNT_WIPE_REQUESTED(2),
    /** The device acknowledged the wipe; it must not sync any more. */
    WIPED(3);

    private final int code;

    WipeState(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static WipeState ofCode(int code) {
        return Coded.byCode(values(), code);
    }
}
