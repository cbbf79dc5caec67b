package org.pushbox.server.pim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a vCard or iCalendar file line by line, counting lines, without holding more than one line.
 * Lines are UTF-8 (what vCard 3.0/4.0 and iCalendar require); a line that is not valid UTF-8 is read as
 * Windows-1252, which is what Outlook's vCard 2.1 export writes outside its quoted-printable values.
 * A line longer than {@link #MAX_LINE_BYTES} is refused: network input is hostile.
 */
public final class SourceLines {

    public static final int MAX_LINE_BYTES = 1 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private int number;
    private boolean first = true;

    public SourceLines(InputStream in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned. */
    public int number() {
        return number;
    }

    /** The next line without its line break, or null at the end. */
    public String next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("line " + (number + 1) + ": longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int offset = 0;
        if (first && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3; // a UTF-8 byte-order mark
        }
        first = false;
        return decode(bytes, offset, length - offset);
    }

    private static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, WINDOWS_1252);
        }
    }
}
