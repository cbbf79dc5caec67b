package org.pushbox.server.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A message/rfc822 part, read once: its Subject (to name the .eml attachment) from the start of its header,
 * and its full size. Only {@link #HEADER_PREFIX} bytes are ever held.
 */
record EmbeddedMessage(String subject, long size) {

    static final int HEADER_PREFIX = 64 * 1024;

    static EmbeddedMessage read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEADER_PREFIX);
        long size = head.length + in.transferTo(OutputStream.nullOutputStream());
        String header = Charsets.headerText(head, headerEnd(head));
        return new EmbeddedMessage(subject(header), size);
    }

    private static int headerEnd(byte[] head) {
        for (int i = 0; i + 1 < head.length; i++) {
            if (head[i] == '\n' && (head[i + 1] == '\n' || (head[i + 1] == '\r' && i + 2 < head.length
                    && head[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return head.length;
    }

    private static String subject(String header) {
        String[] lines = header.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].regionMatches(true, 0, "subject:", 0, 8)) {
                StringBuilder value = new StringBuilder(lines[i].substring(8));
                while (i + 1 < lines.length && !lines[i + 1].isEmpty()
                        && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
                    value.append(lines[++i]);
                }
                String decoded = HeaderValues.decodeWords(value.toString()).strip();
                return decoded.isEmpty() ? null : decoded;
            }
        }
        return null;
    }
}
