package org.pushbox.protocol.model;

import java.util.Arrays;
import java.util.Base64;

/** An immutable byte string (ConversationId, a picture, attachment content) with value equality. */
public final class OpaqueBytes {

    private final byte[] bytes;

    private OpaqueBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static OpaqueBytes of(byte[] bytes) {
        return new OpaqueBytes(bytes.clone());
    }

    static OpaqueBytes wrap(byte[] owned) {
        return new OpaqueBytes(owned);
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** Standard base64 with padding, as EAS sends pictures and attachment content. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes without copying, for the encoder. */
    byte[] unsafeArray() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueBytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "bytes[" + bytes.length + "]";
    }
}
