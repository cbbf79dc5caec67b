package org.pushbox.protocol.wbxml;

import java.util.Arrays;

/** A growable byte array without synchronisation or per-byte virtual calls (unlike ByteArrayOutputStream). */
final class ByteSink {

    byte[] buf;
    int size;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void ensure(int more) {
        int need = size + more;
        if (need < 0) {
            throw new OutOfMemoryError("WBXML output larger than 2 GB");
        }
        if (need > buf.length) {
            int grown = buf.length << 1;
            buf = Arrays.copyOf(buf, grown < need || grown < 0 ? need : grown);
        }
    }

    void write(int b) {
        if (size == buf.length) {
            ensure(1);
        }
        buf[size++] = (byte) b;
    }

    void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
