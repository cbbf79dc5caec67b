package org.pushbox.server.mail.out.smtp;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The DATA encoding of RFC 5321 section 4.5.2: every line ends in CRLF (a bare LF or CR becomes CRLF,
 * since SMTP has no other line end), a line that starts with '.' gets a second one, and {@link #finish}
 * ends the last line and writes the terminating {@code .CRLF}. Everything else, 8-bit bytes included,
 * passes unchanged, so a CRLF message arrives byte for byte.
 */
public final class DotStuffingOutputStream extends FilterOutputStream {

    private boolean atLineStart = true;
    private boolean afterCr;

    public DotStuffingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n') {
            if (!afterCr) {
                out.write('\r');
            }
            out.write('\n');
            afterCr = false;
            atLineStart = true;
            return;
        }
        if (afterCr) {          // a CR not followed by LF ends its line all the same
            out.write('\n');
            afterCr = false;
            atLineStart = true;
        }
        if (b == '\r') {
            out.write('\r');
            afterCr = true;
            return;
        }
        if (atLineStart && b == '.') {
            out.write('.');
        }
        out.write(b);
        atLineStart = false;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** Ends the last line if it is open and writes the end-of-data line; flushes. Does not close. */
    public void finish() throws IOException {
        if (afterCr) {
            out.write('\n');
            afterCr = false;
            atLineStart = true;
        }
        if (!atLineStart) {
            out.write('\r');
            out.write('\n');
        }
        out.write(new byte[] {'.', '\r', '\n'});
        out.flush();
    }

    @Override
    public void close() {
        // The connection outlives the message; the caller closes it.
    }
}
