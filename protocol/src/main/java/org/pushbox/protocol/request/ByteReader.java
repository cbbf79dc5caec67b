package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.RequestLineException.Reason.TRUNCATED;

import java.util.Arrays;

/** Reads the base64 blob; running out of bytes is a {@code TRUNCATED} error naming the field being read. */
final class ByteReader {

    private final byte[] bytes;
    private int position;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean hasMore() {
        return position < bytes.length;
    }

    int u8(String field) throws RequestLineException {
        require(1, field);
        return bytes[position++] & 0xFF;
    }

    /** Little-endian unsigned integer of {@code size} bytes (2 for the LCID, 4 for the policy key). */
    long littleEndian(int size, String field) throws RequestLineException {
        require(size, field);
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) (bytes[position + i] & 0xFF) << (8 * i);
        }
        position += size;
        return value;
    }

    byte[] bytes(int count, String field) throws RequestLineException {
        require(count, field);
        byte[] slice = Arrays.copyOfRange(bytes, position, position + count);
        position += count;
        return slice;
    }

    private void require(int count, String field) throws RequestLineException {
        if (bytes.length - position < count) {
            throw new RequestLineException(TRUNCATED, field, "the blob ends at byte " + bytes.length + ", "
                    + count + " more needed at offset " + position);
        }
    }
}
