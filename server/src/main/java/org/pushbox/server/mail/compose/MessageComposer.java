package org.pushbox.server.mail.compose;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.field.Fields;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.BodyPart;
import org.apache.james.mime4j.message.HeaderImpl;
import org.apache.james.mime4j.message.MultipartImpl;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.MimeUtil;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.storage.api.Account;

/**
 * Turns what a device sent into the message that leaves: the sender checked (or set), the recipients
 * taken from To/Cc/Bcc and the Bcc header removed, Date and Message-ID added when missing, and for a
 * reply or forward the threading headers and the original's body (and, forwarding, its attachments)
 * added unless the client sent the whole message (ReplaceMime).
 *
 * <p>Header fields the client wrote are transmitted byte for byte; only the text parts the server
 * extends are re-encoded (UTF-8, quoted-printable).
 */
public final class MessageComposer {

    /** Largest message composed (client MIME or result); the HTTP body limit bounds the client's anyway. */
    public static final int DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

    private static final List<String> CONTENT_FIELDS = List.of("Content-Type", "Content-Transfer-Encoding",
            "Content-Disposition", "Content-ID", "Content-Description", "Content-Language", "Content-Location",
            "Content-MD5");

    private final Clock clock;
    private final int maxBytes;

    public MessageComposer(Clock clock) {
        this(clock, DEFAULT_MAX_BYTES);
    }

    public MessageComposer(Clock clock, int maxBytes) {
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * Composes the outgoing message.
     *
     * @param original the message replied to or forwarded, or null (SendMail, or a source without MIME)
     */
    public ComposedMessage compose(Account account, ComposeKind kind, byte[] clientMime, boolean replaceMime,
            OriginalMessage original) throws ComposeException {
        if (clientMime.length > maxBytes) {
            throw tooLarge(clientMime.length);
        }
        Message message = MimeDocuments.parse(clientMime);
        Header header = message.getHeader();
        String envelopeFrom = Addressing.sender(header, account);
        List<String> recipients = Addressing.recipients(header);
        header.removeFields("Bcc");
        if (header.getField("Date") == null) {
            header.setField(Fields.date("Date", Date.from(clock.instant()), TimeZone.getTimeZone("UTC")));
        }
        Field clientMessageId = header.getField("Message-ID");
        if (clientMessageId == null || clientMessageId.getBody().isBlank()) {
            clientMessageId = null;
            header.removeFields("Message-ID");
            header.setField(new RawField("Message-ID",
                    "<" + UUID.randomUUID() + "@" + Addressing.domain(envelopeFrom) + ">"));
        }
        if (original != null) {
            thread(header, kind, original);
            if (!replaceMime) {
                addOriginal(message, kind, original);
            }
        }
        if (header.getField("MIME-Version") == null) {
            header.setField(Fields.version("1.0"));
        }
        byte[] bytes = MimeDocuments.write(message);
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        return new ComposedMessage(envelopeFrom, recipients, bytes,
                clientMessageId == null ? null : clientMessageId.getBody().strip());
    }

    /** In-Reply-To (reply) and References (both), when the client did not set them; Subject when missing. */
    private static void thread(Header header, ComposeKind kind, OriginalMessage original) {
        String id = original.messageId();
        if (id != null) {
            if (kind == ComposeKind.REPLY && header.getField("In-Reply-To") == null) {
                header.setField(new RawField("In-Reply-To", id));
            }
            if (header.getField("References") == null) {
                String refs = original.references();
                header.setField(new RawField("References", refs == null ? id : refs + " " + id));
            }
        }
        if (header.getField("Subject") == null && original.subject() != null) {
            String prefix = kind == ComposeKind.REPLY ? "Re: " : "Fwd: ";
            header.setField(HeaderText.unstructured("Subject", prefix + original.subject()));
        }
    }

    private static void addOriginal(Message message, ComposeKind kind, OriginalMessage original) {
        BodyParts parts = BodyParts.of(message);
        boolean reply = kind == ComposeKind.REPLY;
        if (parts.plain == null && parts.html == null) {
            addPlainBody(message, reply ? Quoting.plainReply("", original) : Quoting.plainForward("", original));
        } else {
            if (parts.plain != null) {
                String text = MimeDocuments.text(parts.plain.getBody());
                setText(parts.plain, "text/plain",
                        reply ? Quoting.plainReply(text, original) : Quoting.plainForward(text, original));
            }
            if (parts.html != null) {
                String html = MimeDocuments.text(parts.html.getBody());
                setText(parts.html, "text/html",
                        reply ? Quoting.htmlReply(html, original) : Quoting.htmlForward(html, original));
            }
        }
        if (kind == ComposeKind.FORWARD && !original.attachments().isEmpty()) {
            Multipart mixed = mixedRoot(message);
            for (Entity attachment : original.attachments()) {
                mixed.addBodyPart(detached(attachment));
            }
        }
    }

    /** Replaces an entity's text, now UTF-8 and quoted-printable (safe through any relay). */
    private static void setText(Entity entity, String mimeType, String text) {
        Body old = entity.removeBody();
        if (old != null) {
            old.dispose();
        }
        entity.setBody(BasicBodyFactory.INSTANCE.textBody(text, StandardCharsets.UTF_8));
        Header header = entity.getHeader();
        header.setField(Fields.contentType(mimeType, new NameValuePair("charset", "utf-8")));
        header.setField(Fields.contentTransferEncoding("quoted-printable"));
    }

    /** A message with no text part at all (only attachments, or an empty body) gets a plain one first. */
    private static void addPlainBody(Message message, String text) {
        BodyPart part = new BodyPart();
        part.setHeader(new HeaderImpl());
        setTextOf(part, text);
        if (message.getBody() instanceof Multipart multipart) {
            multipart.addBodyPart(part, 0);
        } else if (message.getBody() == null || MimeDocuments.text(message.getBody()).isBlank()) {
            setText(message, "text/plain", text);
        } else {
            mixedRoot(message).addBodyPart(part, 0);
        }
    }

    private static void setTextOf(BodyPart part, String text) {
        part.setBody(BasicBodyFactory.INSTANCE.textBody(text, StandardCharsets.UTF_8));
        part.getHeader().setField(Fields.contentType("text/plain", new NameValuePair("charset", "utf-8")));
        part.getHeader().setField(Fields.contentTransferEncoding("quoted-printable"));
    }

    /**
     * The message's multipart/mixed body, making one when needed: the current body (with its Content-*
     * fields) becomes the first part.
     */
    private static Multipart mixedRoot(Message message) {
        if (message.getBody() instanceof Multipart multipart && "mixed".equalsIgnoreCase(multipart.getSubType())) {
            return multipart;
        }
        BodyPart first = detached(message);
        MultipartImpl mixed = new MultipartImpl("mixed");
        mixed.addBodyPart(first);
        Header header = message.getHeader();
        for (String name : CONTENT_FIELDS) {
            header.removeFields(name);
        }
        header.setField(Fields.contentType("multipart/mixed",
                new NameValuePair("boundary", MimeUtil.createUniqueBoundary())));
        message.setBody(mixed);
        return mixed;
    }

    /** A new body part with {@code entity}'s Content-* fields and body (taken from the entity). */
    private static BodyPart detached(Entity entity) {
        Header header = new HeaderImpl();
        for (String name : CONTENT_FIELDS) {
            for (Field field : entity.getHeader().getFields(name)) {
                header.addField(field);
            }
        }
        BodyPart part = new BodyPart();
        part.setHeader(header);
        Body body = entity.removeBody();
        if (body != null) {
            part.setBody(body);
        }
        return part;
    }

    private static ComposeException tooLarge(long size) {
        return new ComposeException(CommonStatus.MAILBOX_QUOTA_EXCEEDED,
                "the message has " + size + " bytes, more than the limit");
    }
}
