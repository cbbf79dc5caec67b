package org.pushbox.server.mail.compose;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
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
        Message message;
        try {
            message = builder().parseMessage(new ByteArrayInputStream(mime));
        } catch (IOException | RuntimeException e) {
            throw new ComposeException(CommonStatus.INVALID_MIME, "unreadable MIME: " + e.getMessage(), e);
        }
        if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
            throw new ComposeException(CommonStatus.INVALID_MIME, "the MIME has no header");
        }
        return message;
    }

    /** A stored message, e.g. the original of a forward. */
    static Message parse(InputStream stored) throws IOException {
        try {
            return builder().parseMessage(stored);
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
