package org.pushbox.server.command.itemoperations;

import java.io.IOException;
import java.io.InputStream;
import org.pushbox.protocol.command.Range;

/**
 * Reads the asked bytes of a stream and counts the rest without keeping it, so memory holds only what
 * goes into the response (at most {@code limit} bytes).
 */
final class RangeReader {

    /** What was read: the bytes, the range they cover (null without a requested range) and the total size. */
    record Slice(byte[] bytes, Range range, long total) {
    }

    /** The range starts at or beyond the end of the data. */
    static final class OutOfRange extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfRange(String message) {
            super(message, null, false, false);
        }
    }

    /** The data (or the range asked for) is longer than the limit. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private RangeReader() {
    }

    static Slice read(InputStream in, Range range, int limit) throws IOException, OutOfRange, TooLarge {
        if (range == null) {
            byte[] all = in.readNBytes(limit);
            if (in.read() >= 0) {
                throw new TooLarge("more than " + limit + " bytes");
            }
            return new Slice(all, null, all.length);
        }
        long skipped = skip(in, range.first());
        if (skipped < range.first()) {
            throw new OutOfRange("starts at " + range.first() + ", data has " + skipped + " bytes");
        }
        long wanted = range.last() - range.first() + 1;
        if (wanted > limit) {
            throw new TooLarge("range of " + wanted + " bytes, limit " + limit);
        }
        byte[] bytes = in.readNBytes((int) wanted);
        if (bytes.length == 0) {
            throw new OutOfRange("starts at the end of the data (" + skipped + " bytes)");
        }
        long total = range.first() + bytes.length + skip(in, Long.MAX_VALUE);
        return new Slice(bytes, new Range(range.first(), range.first() + bytes.length - 1), total);
    }

    /** Skips up to {@code n} bytes; returns how many there were. */
    private static long skip(InputStream in, long n) throws IOException {
        byte[] buffer = new byte[8192];
        long done = 0;
        while (done < n) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (read < 0) {
                break;
            }
            done += read;
        }
        return done;
    }
}
