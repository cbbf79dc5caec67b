package org.pushbox.server.mail.compose;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.HeaderImpl;
import org.apache.james.mime4j.stream.Field;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.server.mail.mime.IngestProperty;
import org.pushbox.storage.api.BlobInfo;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.PropertyMap;

/**
 * The message replied to or forwarded, as far as composing needs it: its threading and display headers,
 * its body text (plain and/or HTML) and, for a forward, its attachments.
 *
 * <p>A reply reads only the stored header section and takes the body from the item's properties (ingest
 * kept it), so replying to a message with large attachments costs nothing; a forward parses the whole
 * stored MIME, which is bounded by {@link #MAX_FORWARD_BYTES}.
 */
public final class OriginalMessage {

    /** Largest stored original a forward includes; more could not be sent anyway. */
    public static final long MAX_FORWARD_BYTES = 32L * 1024 * 1024;

    private final Header header;
    private final String plain;
    private final String html;
    private final List<Entity> attachments;

    OriginalMessage(Header header, String plain, String html, List<Entity> attachments) {
        this.header = header;
        this.plain = plain;
        this.html = html;
        this.attachments = List.copyOf(attachments);
    }

    /** The original of a reply: stored header, body from the item's properties. */
    public static OriginalMessage forReply(BlobStore blobs, Item item) throws ComposeException {
        Header header = new HeaderImpl();
        if (item.content().mime() != null) {
            header = storedHeader(blobs, item);
        }
        PropertyMap p = item.properties();
        String body = p.text(EmailProperty.BODY);
        boolean nativeHtml = Long.valueOf(2).equals(p.integer(EmailProperty.NATIVE_BODY_TYPE));
        String plain = nativeHtml ? p.text(IngestProperty.PLAIN_BODY) : body;
        String html = nativeHtml ? body : null;
        return new OriginalMessage(header, plain, html, List.of());
    }

    private static Header storedHeader(BlobStore blobs, Item item) throws ComposeException {
        try (InputStream in = blobs.open(item.content().mime())) {
            return MimeDocuments.parseHeader(in);
        } catch (IOException | RuntimeException e) {
            throw new ComposeException(CommonStatus.MESSAGE_REPLY_FAILED, "cannot read the original: " + e, e);
        }
    }

    /** The original of a forward: the whole stored message, parsed (an item without MIME: its properties). */
    public static OriginalMessage forForward(BlobStore blobs, Item item) throws ComposeException {
        if (item.content().mime() == null) {
            return forReply(blobs, item);
        }
        BlobInfo info = blobs.info(item.content().mime())
                .orElseThrow(() -> new ComposeException(CommonStatus.ITEM_NOT_FOUND, "the original's MIME is gone"));
        if (info.size() > MAX_FORWARD_BYTES) {
            throw new ComposeException(CommonStatus.MAILBOX_QUOTA_EXCEEDED,
                    "the original has " + info.size() + " bytes, more than a message may have");
        }
        Message message;
        try (InputStream in = blobs.open(info.id())) {
            message = MimeDocuments.parse(in);
        } catch (IOException | RuntimeException e) {
            throw new ComposeException(CommonStatus.MESSAGE_REPLY_FAILED, "cannot read the original: " + e, e);
        }
        BodyParts parts = BodyParts.of(message);
        String plain = parts.plain == null ? null : MimeDocuments.text(parts.plain.getBody());
        String html = parts.html == null ? null : MimeDocuments.text(parts.html.getBody());
        return new OriginalMessage(message.getHeader(), plain, html, parts.attachments);
    }

    /** The Message-ID with its angle brackets, or null. */
    String messageId() {
        String id = raw("Message-ID");
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** The References chain, or null. */
    String references() {
        String refs = raw("References");
        return refs == null || refs.isBlank() ? null : refs.strip().replaceAll("\\s+", " ");
    }

    String subject() {
        return decoded("Subject");
    }

    String date() {
        return decoded("Date");
    }

    /** The From mailboxes as {@code Name <address>}, or null. */
    String from() {
        return addresses("From");
    }

    /** The original's body as plain text ("" when it has none). */
    String plainText() {
        if (plain != null) {
            return plain;
        }
        return html == null ? "" : Quoting.htmlAsPlain(html);
    }

    /** The original's body as an HTML fragment (its body content, or the plain text escaped). */
    String htmlFragment() {
        return html != null ? Quoting.bodyContent(html) : Quoting.plainAsHtml(plainText());
    }

    /** The header lines a forward repeats: From, Date, Subject, To, Cc (those present). */
    List<String[]> forwardHeaders() {
        List<String[]> lines = new ArrayList<>();
        add(lines, "From", from());
        add(lines, "Date", date());
        add(lines, "Subject", subject());
        add(lines, "To", addresses("To"));
        add(lines, "Cc", addresses("Cc"));
        return lines;
    }

    /** The original's attachments (forward only); they are moved, so take them once. */
    List<Entity> attachments() {
        return attachments;
    }

    private static void add(List<String[]> lines, String name, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new String[] {name, value});
        }
    }

    private String addresses(String name) {
        List<Mailbox> boxes = Addressing.mailboxes(header, name);
        if (boxes.isEmpty()) {
            return decoded(name);
        }
        List<String> shown = new ArrayList<>();
        for (Mailbox m : boxes) {
            shown.add(m.getName() == null || m.getName().isBlank() ? m.getAddress()
                    : m.getName() + " <" + m.getAddress() + ">");
        }
        return String.join(", ", shown);
    }

    private String raw(String name) {
        Field field = header.getField(name);
        return field == null ? null : field.getBody();
    }

    private String decoded(String name) {
        String raw = raw(name);
        return raw == null ? null : DecoderUtil.decodeEncodedWords(raw.replaceAll("\\r?\\n[ \\t]+", " "),
                DecodeMonitor.SILENT).strip();
    }
}
