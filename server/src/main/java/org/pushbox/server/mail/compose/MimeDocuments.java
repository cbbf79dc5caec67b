package org.pushbox.server.mail.compose;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.MimeConfig;
import org.pushbox.protocol.command.CommonStatus;

/**
 * Reads and writes whole messages as mime4j documents. Reading is lenient (what devices send is not
 * always tidy) but bounded in what mime4j buffers per header; callers bound the message size.
 */
final class MimeDocuments {

    static final int MAX_HEADER_FIELD = 256 * 1024;
    static final int MAX_HEADER_FIELDS = 10_000;
    /** Multipart and attached-message levels a message may have; real mail has a handful. */
    static final int MAX_NESTING = 50;
    /** Mentions of multipart or attached-message types a message may have before it is parsed at all. */
    static final int MAX_CONTAINERS = 500;
    private static final byte[] MULTIPART = "multipart/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] RFC822 = "message/rfc822".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Characters of one text part read for quoting; a longer body is quoted up to here. */
    static final int MAX_TEXT_CHARS = 1024 * 1024;

    private MimeDocuments() {
    }

    private static DefaultMessageBuilder builder() {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setStrictParsing(false)
                .setMaxLineLen(-1)
                .setMaxHeaderLen(MAX_HEADER_FIELD)
                .setMaxHeaderCount(MAX_HEADER_FIELDS)
                .setMaxContentLen(-1)
                .setMalformedHeaderStartsBody(true)
                .build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        // Lenient: an unknown charset is read as the default instead of failing the message.
        builder.setBodyFactory(new BasicBodyFactory(true));
        builder.setContentDecoding(true);
        return builder;
    }

    /** The client's message; one without a single header field is not a message (107). */
    static Message parse(byte[] mime) throws ComposeException {
        if (containers(mime) > MAX_CONTAINERS) {
            throw new ComposeException(CommonStatus.INVALID_MIME, "more than " + MAX_CONTAINERS + " multiparts");
        }
        Message message;
        try {
            message = builder().parseMessage(new ByteArrayInputStream(mime));
        } catch (IOException | RuntimeException e) {
            throw new ComposeException(CommonStatus.INVALID_MIME, "unreadable MIME: " + e.getMessage(), e);
        }
        if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
            throw new ComposeException(CommonStatus.INVALID_MIME, "the MIME has no header");
        }
        if (depth(message) > MAX_NESTING) {
            throw new ComposeException(CommonStatus.INVALID_MIME, "parts nested more than " + MAX_NESTING + " deep");
        }
        return message;
    }

    /**
     * How many times "multipart/" or "message/rfc822" occur (ASCII, ignoring case): an upper bound of the
     * nesting depth. mime4j's parser stacks one stream per level and overflows the thread's stack on a
     * few thousand levels, so a message is counted before it is parsed.
     */
    static int containers(byte[] mime) {
        int count = 0;
        for (int i = 0; i < mime.length; i++) {
            if (matches(mime, i, MULTIPART) || matches(mime, i, RFC822)) {
                count++;
            }
        }
        return count;
    }

    private static boolean matches(byte[] data, int at, byte[] word) {
        if (at + word.length > data.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            int b = data[at + k];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != word[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * How deeply multiparts and attached messages nest, counted without recursion: mime4j parses any depth,
     * but writing a message back recurses once per level.
     */
    static int depth(Entity root) {
        int max = 0;
        Deque<Map.Entry<Entity, Integer>> todo = new ArrayDeque<>();
        todo.push(Map.entry(root, 0));
        while (!todo.isEmpty()) {
            Map.Entry<Entity, Integer> next = todo.pop();
            int level = next.getValue();
            max = Math.max(max, level);
            if (level > MAX_NESTING) {
                return level;
            }
            Body body = next.getKey().getBody();
            if (body instanceof Multipart multipart) {
                multipart.getBodyParts().forEach(part -> todo.push(Map.entry(part, level + 1)));
            } else if (body instanceof Message inner) {
                todo.push(Map.entry(inner, level + 1));
            }
        }
        return max;
    }

    /** A stored message, e.g. the original of a forward; the caller bounds its size. */
    static Message parse(InputStream stored) throws IOException {
        byte[] bytes = stored.readAllBytes();
        if (containers(bytes) > MAX_CONTAINERS) {
            throw new IOException("more than " + MAX_CONTAINERS + " multiparts");
        }
        try {
            Message message = builder().parseMessage(new ByteArrayInputStream(bytes));
            if (depth(message) > MAX_NESTING) {
                throw new IOException("parts nested more than " + MAX_NESTING + " deep");
            }
            return message;
        } catch (RuntimeException e) {
            throw new IOException("unreadable stored MIME: " + e.getMessage(), e);
        }
    }

    /** Only the header section of a stored message (the body is not read). */
    static Header parseHeader(InputStream stored) throws IOException {
        try {
            return builder().parseHeader(stored);
        } catch (RuntimeException e) {
            throw new IOException("unreadable stored header: " + e.getMessage(), e);
        }
    }

    static byte[] write(Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DefaultMessageWriter().writeMessage(message, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }

    /** The decoded text of a text part, at most {@link #MAX_TEXT_CHARS} characters; "" for a non-text body. */
    static String text(Body body) {
        if (!(body instanceof TextBody text)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = text.getReader()) {
            int n;
            while (sb.length() < MAX_TEXT_CHARS && (n = reader.read(buffer)) > 0) {
                sb.append(buffer, 0, Math.min(n, MAX_TEXT_CHARS - sb.length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return sb.toString();
    }
}
