package org.pushbox.protocol.command;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable byte string for values that EAS sends as OPAQUE (ComposeMail {@code Mime},
 * {@code ConversationId}), so that records holding them compare by content.
 */
public final class Bytes {

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte[] bytes) {
        return new Bytes(bytes.clone());
    }

    /** The UTF-8 encoding of {@code text}. */
    public static Bytes utf8(String text) {
        return new Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes. */
    public byte[] toArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The size only: MIME messages and ids do not belong in logs. */
    @Override
    public String toString() {
        return "Bytes[" + bytes.length + "]";
    }
}
