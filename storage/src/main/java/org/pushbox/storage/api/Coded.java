package org.pushbox.storage.api;

/** An enum whose constants are persisted as fixed numeric codes (never their ordinal or name). */
public interface Coded {

    int code();

    /** The constant of {@code values} with {@code code}. */
    static <E extends Enum<E> & Coded> E byCode(E[] values, int code) {
        for (E e : values) {
            if (e.code() == code) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + values.getClass().getComponentType().getSimpleName() + " with code " + code);
    }
}
