package org.pushbox.server.mail.lmtp;

import io.netty.buffer.ByteBuf;

/**
 * The DATA phase's byte stream: removes dot-stuffing (RFC 5321 section 4.5.2), finds the terminating
 * {@code CRLF.CRLF} across any packet boundaries, and collects the message bytes in {@link #pending()} for
 * the spool. Past {@code maxBytes} it keeps reading to the end but stops keeping bytes: the client still
 * gets its per-recipient 552 at the right place in the stream. A bare LF ends a line too (lenient: some
 * local injectors send it), so {@code LF.LF} also terminates.
 */
final class DataReceiver {

    private static final int LINE_START = 0;
    private static final int IN_LINE = 1;
    private static final int DOT = 2;
    private static final int DOT_CR = 3;

    private final ByteBuf pending;
    private final long maxBytes;
    private int state = LINE_START;
    private long size;
    private boolean tooBig;
    private boolean done;

    DataReceiver(ByteBuf pending, long maxBytes) {
        this.pending = pending;
        this.maxBytes = maxBytes;
    }

    /**
     * Consumes bytes of {@code in} up to and including the terminating line, or all of it when the end is not
     * there yet. Returns true once the end has been seen; bytes after it stay in {@code in} (pipelined commands).
     */
    boolean consume(ByteBuf in) {
        while (!done && in.isReadable()) {
            if (state == IN_LINE) {
                int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
                int end = lf < 0 ? in.writerIndex() : lf + 1;
                keep(in, end - in.readerIndex());
                if (lf >= 0) {
                    state = LINE_START;
                }
                continue;
            }
            byte b = in.readByte();
            switch (state) {
                case LINE_START -> {
                    if (b == '.') {
                        state = DOT;
                    } else {
                        keep(b);
                        state = b == '\n' ? LINE_START : IN_LINE;
                    }
                }
                case DOT -> {
                    if (b == '\r') {
                        state = DOT_CR;
                    } else if (b == '\n') {
                        done = true;
                    } else {
                        keep(b); // the leading dot of a stuffed line is dropped, the rest kept
                        state = IN_LINE;
                    }
                }
                case DOT_CR -> {
                    if (b == '\n') {
                        done = true;
                    } else {
                        keep((byte) '\r');
                        in.readerIndex(in.readerIndex() - 1); // re-read b as part of the line
                        state = IN_LINE;
                    }
                }
                default -> throw new IllegalStateException("state " + state);
            }
        }
        return done;
    }

    private void keep(byte b) {
        if (count(1)) {
            pending.writeByte(b);
        }
    }

    private void keep(ByteBuf in, int length) {
        if (count(length)) {
            pending.writeBytes(in, length);
        } else {
            in.skipBytes(length);
        }
    }

    private boolean count(long n) {
        size += n;
        if (!tooBig && size > maxBytes) {
            tooBig = true;
            pending.clear();
        }
        return !tooBig;
    }

    /** Message bytes received and not yet spooled. */
    ByteBuf pending() {
        return pending;
    }

    /** Whether the message exceeded the limit (its bytes are then discarded). */
    boolean tooBig() {
        return tooBig;
    }

    /** Message size so far, after unstuffing. */
    long size() {
        return size;
    }
}
