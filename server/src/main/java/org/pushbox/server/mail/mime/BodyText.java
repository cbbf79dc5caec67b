package org.pushbox.server.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of one body part, decoded from its charset, holding at most {@code maxChars} characters while
 * still measuring the whole: a 20 MB text part costs a bounded string, and EAS still learns its real size.
 *
 * @param text      the start of the text (all of it unless {@code truncated})
 * @param utf8Size  the UTF-8 size of the whole text in bytes
 * @param truncated whether {@code text} is only the start
 * @param charset   the charset the bytes were decoded with
 */
record BodyText(String text, long utf8Size, boolean truncated, Charset charset) {

    private static final int CHUNK = 64 * 1024;

    /** Reads {@code in} (already transfer-decoded) to its end. */
    static BodyText read(InputStream in, String declaredCharset, int maxChars) throws IOException {
        byte[] chunk = new byte[CHUNK];
        int n = in.readNBytes(chunk, 0, CHUNK);
        Charset charset = Charsets.guess(Charsets.named(declaredCharset), chunk, Math.max(n, 0));
        if (charset.equals(StandardCharsets.US_ASCII)) {
            charset = StandardCharsets.UTF_8; // a superset: later 8-bit bytes still decode
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        StringBuilder text = new StringBuilder(Math.min(maxChars, Math.max(n, 16)));
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * 2);
        long size = 0;
        boolean truncated = false;
        while (n > 0) {
            bytes.put(chunk, 0, n).flip();
            decoder.decode(bytes, chars, false);
            bytes.compact();
            chars.flip();
            size += utf8Length(chars);
            truncated |= append(text, chars, maxChars);
            chars.clear();
            n = in.readNBytes(chunk, 0, CHUNK);
        }
        bytes.flip();
        decoder.decode(bytes, chars, true);
        decoder.flush(chars);
        chars.flip();
        size += utf8Length(chars);
        truncated |= append(text, chars, maxChars);
        return new BodyText(text.toString(), size, truncated, charset);
    }

    private static boolean append(StringBuilder text, CharBuffer chars, int maxChars) {
        int room = maxChars - text.length();
        if (chars.remaining() <= room) {
            text.append(chars);
            return false;
        }
        int end = room;
        if (end > 0 && Character.isHighSurrogate(chars.get(end - 1))) {
            end--; // never split a surrogate pair
        }
        text.append(chars, 0, Math.max(end, 0));
        return true;
    }

    private static long utf8Length(CharBuffer chars) {
        // On the backing array: CharBuffer.charAt checks bounds per call, which showed in the delivery profile.
        char[] a = chars.array();
        int from = chars.arrayOffset() + chars.position();
        int to = from + chars.remaining();
        long size = to - from;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c >= 0x80) {
                size += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return size;
    }
}
