package org.pushbox.server.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.AttachmentMethod;
import org.pushbox.storage.api.PropertyMap;

/**
 * Receives mime4j's parse events for one message and keeps only what ingest needs: the top-level headers,
 * the text of the plain and HTML bodies (bounded), and attachment metadata. Content is streamed through,
 * never held whole.
 */
final class MessageCollector implements ContentHandler {

    static final Set<String> TOP_NAMES = Set.of("from", "to", "cc", "reply-to", "sender", "subject", "date",
            "message-id", "references", "in-reply-to", "thread-index", "thread-topic", "importance",
            "x-priority", "priority");

    /** One body kind (plain or HTML), possibly made of several parts. */
    static final class TextAccumulator {
        final StringBuilder text = new StringBuilder();
        long size;
        boolean truncated;
        boolean present;
        String charset;

        /** @param declared the part's charset parameter (mime4j says us-ascii when there is none) */
        void add(BodyText part, String declared, boolean replace) {
            if (replace) {
                text.setLength(0);
                size = 0;
                truncated = false;
            }
            text.append(part.text());
            size += part.utf8Size();
            truncated |= part.truncated();
            present = true;
            if (charset == null || replace) {
                // InternetCPID names what the sender declared; undeclared 8-bit text names what we guessed.
                boolean useful = declared != null && !declared.equalsIgnoreCase("us-ascii")
                        && Charsets.named(declared) != null;
                charset = useful ? declared : part.charset().name();
            }
        }
    }

    private final int maxBodyChars;
    private final int maxAttachments;
    private final SectionCounter sections = new SectionCounter();
    private final HeaderValues top = new HeaderValues(TOP_NAMES);
    private final Deque<PartHeaders> parts = new ArrayDeque<>();
    private final Deque<String> multiparts = new ArrayDeque<>();
    private final TextAccumulator plain = new TextAccumulator();
    private final TextAccumulator html = new TextAccumulator();
    private final List<Attachment> attachments = new ArrayList<>();
    private String topMimeType;

    MessageCollector(int maxBodyChars, int maxAttachments) {
        this.maxBodyChars = maxBodyChars;
        this.maxAttachments = maxAttachments;
    }

    HeaderValues top() {
        return top;
    }

    TextAccumulator plain() {
        return plain;
    }

    TextAccumulator html() {
        return html;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    String topMimeType() {
        return topMimeType;
    }

    @Override
    public void startMessage() {
        parts.push(new PartHeaders());
    }

    @Override
    public void endMessage() {
        parts.poll();
    }

    @Override
    public void startBodyPart() {
        sections.startPart();
        parts.push(new PartHeaders());
    }

    @Override
    public void endBodyPart() {
        sections.endPart();
        parts.poll();
    }

    @Override
    public void startHeader() {
    }

    @Override
    public void field(Field field) {
        if (sections.atTop()) {
            top.add(field);
        }
        PartHeaders part = parts.peek();
        if (part != null) {
            part.values().add(field);
        }
    }

    @Override
    public void endHeader() {
    }

    @Override
    public void preamble(InputStream is) {
    }

    @Override
    public void epilogue(InputStream is) {
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        if (topMimeType == null) {
            topMimeType = bd.getMimeType();
        }
        multiparts.push(bd.getSubType() == null ? "" : bd.getSubType());
    }

    @Override
    public void endMultipart() {
        multiparts.poll();
    }

    @Override
    public void raw(InputStream is) {
    }

    @Override
    public void body(BodyDescriptor bd, InputStream in) throws IOException {
        String mimeType = bd.getMimeType() == null ? "text/plain" : bd.getMimeType();
        if (topMimeType == null) {
            topMimeType = mimeType;
        }
        PartHeaders part = parts.peek() == null ? new PartHeaders() : parts.peek();
        String disposition = part.dispositionType();
        String filename = part.filename();
        boolean text = mimeType.equals("text/plain") || mimeType.equals("text/html");
        if (text && !"attachment".equals(disposition) && filename == null) {
            TextAccumulator target = mimeType.equals("text/html") ? html : plain;
            // Inside multipart/alternative a later part of the same type is the better rendering (RFC 2046).
            boolean replace = "alternative".equals(multiparts.peek());
            int room = replace ? maxBodyChars : maxBodyChars - target.text.length();
            target.add(BodyText.read(in, bd.getCharset(), Math.max(room, 0)), bd.getCharset(), replace);
            return;
        }
        attachment(mimeType, part, disposition, filename, in);
    }

    private void attachment(String mimeType, PartHeaders part, String disposition, String filename, InputStream in)
            throws IOException {
        String section = sections.bodySection();
        boolean embedded = mimeType.equals("message/rfc822") || mimeType.equals("message/global");
        long size;
        String name;
        if (embedded) {
            EmbeddedMessage message = EmbeddedMessage.read(in);
            size = message.size();
            name = AttachmentNames.embedded(filename, message.subject());
        } else {
            size = in.transferTo(OutputStream.nullOutputStream());
            name = AttachmentNames.of(filename, mimeType, section);
        }
        if (attachments.size() >= maxAttachments) {
            return; // still in the MIME; a message with thousands of parts must not bloat the item row
        }
        String contentId = part.contentId();
        boolean inline = "inline".equals(disposition) || (disposition == null && contentId != null);
        PropertyMap extra = PropertyMap.builder().text(IngestProperty.MIME_SECTION, section).build();
        attachments.add(new Attachment(name, mimeType, contentId, part.contentLocation(),
                embedded ? AttachmentMethod.EMBEDDED_MESSAGE : AttachmentMethod.NORMAL, size, inline, null, extra));
    }
}
