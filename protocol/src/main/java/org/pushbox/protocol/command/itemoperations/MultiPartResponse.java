package org.pushbox.protocol.command.itemoperations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * The body of a multipart ItemOperations response ([MS-ASCMD] 2.2.1.10.1.1, MultiPartResponse): a
 * 4-byte PartsCount, then for each part its Offset (from the start of the body) and Length, 4 bytes
 * each, then the parts back to back. Integers are little-endian, as on every Windows wire format. Part
 * 0 is the WBXML response, whose {@code Part} elements name the other parts by index.
 *
 * <p>The body is produced as a stream that opens each part only when the reader reaches it, so a 50 MB
 * attachment goes from the store to the socket without being held. Every part's length must be known
 * before the body starts (the header lists them); a part that then yields a different number of bytes
 * fails the stream with an IOException instead of producing a body whose framing lies.
 */
public final class MultiPartResponse {

    /** The response's Content-Type ([MS-ASCMD] 2.2.1.10.1). */
    public static final String CONTENT_TYPE = "application/vnd.ms-sync.multipart";

    /** Offsets and lengths are 4-byte signed integers: the whole body must stay below 2 GiB. */
    public static final long MAX_BODY_BYTES = Integer.MAX_VALUE;

    /** One part: its exact length, and how to read it (called at most once, when the reader reaches it). */
    public interface Part {
        long length();

        InputStream open() throws IOException;
    }

    private final List<Part> parts;
    private final long length;

    private MultiPartResponse(List<Part> parts, long length) {
        this.parts = parts;
        this.length = length;
    }

    /** Lays out {@code parts} (part 0 first); throws IllegalArgumentException when the body would reach 2 GiB. */
    public static MultiPartResponse of(List<Part> parts) {
        List<Part> copy = List.copyOf(parts);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a multipart response has at least the WBXML part");
        }
        long total = headerLength(copy.size());
        for (Part p : copy) {
            if (p.length() < 0) {
                throw new IllegalArgumentException("negative part length " + p.length());
            }
            total += p.length();
        }
        if (total > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("multipart body of " + total + " bytes exceeds the 4-byte offsets");
        }
        return new MultiPartResponse(copy, total);
    }

    /** A part held in memory (the WBXML document, a rendered body). */
    public static Part bytes(byte[] content) {
        Objects.requireNonNull(content, "content");
        return new Part() {
            @Override
            public long length() {
                return content.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }

    static int headerLength(int parts) {
        return 4 + 8 * parts;
    }

    /** The whole body's length in bytes (the Content-Length). */
    public long length() {
        return length;
    }

    public int partCount() {
        return parts.size();
    }

    /** PartsCount and the PartsMetaData array. */
    byte[] header() {
        ByteBuffer header = ByteBuffer.allocate(headerLength(parts.size())).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(parts.size());
        long offset = header.capacity();
        for (Part p : parts) {
            header.putInt((int) offset);
            header.putInt((int) p.length());
            offset += p.length();
        }
        return header.array();
    }

    /** The body, read part by part; closing it closes the part being read. */
    public InputStream open() {
        return new BodyStream();
    }

    private final class BodyStream extends InputStream {
        private InputStream current = new ByteArrayInputStream(header());
        private long currentRemaining = headerLength(parts.size());
        private int next;
        private boolean closed;

        /** Moves to the next part when the current one is used up; false at the end of the body. */
        private boolean advance() throws IOException {
            while (currentRemaining == 0) {
                if (current.read() >= 0) {
                    throw new IOException("part " + (next - 1) + " is longer than its declared length");
                }
                current.close();
                if (next == parts.size()) {
                    return false;
                }
                Part part = parts.get(next++);
                current = part.open();
                currentRemaining = part.length();
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new IOException("closed");
            }
            if (len == 0) {
                return 0;
            }
            if (!advance()) {
                return -1;
            }
            int n = current.read(b, off, (int) Math.min(len, currentRemaining));
            if (n < 0) {
                throw new IOException("part " + (next - 1) + " ended " + currentRemaining
                        + " bytes before its declared length");
            }
            currentRemaining -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                current.close();
            }
        }
    }
}
