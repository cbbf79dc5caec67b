package org.pushbox.server.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.RawField;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.PropertyMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a delivered message into Email properties, a preview and attachment metadata, streaming it once
 * through mime4j. Malformed mail is read as far as it makes sense and what was understood is kept: the
 * parser never refuses a message (the byte-exact original is stored beside the result anyway).
 */
public final class MailParser {

    private static final Logger LOG = LoggerFactory.getLogger(MailParser.class);

    /** Characters of body text kept per kind (plain, HTML); the rest stays in the MIME. */
    public static final int MAX_BODY_CHARS = 512 * 1024;
    /** Attachments listed per message; more stay reachable in the MIME only. */
    public static final int MAX_ATTACHMENTS = 1000;
    public static final int PREVIEW_CHARS = 255;
    static final String CONTENT_CLASS = "urn:content-classes:message";

    private final int maxBodyChars;

    public MailParser() {
        this(MAX_BODY_CHARS);
    }

    MailParser(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    /**
     * Parses {@code message} to its end.
     *
     * @param deliveredAt becomes DateReceived (the Date header is kept as {@link IngestProperty#SENT_DATE})
     * @throws IOException only when {@code message} itself cannot be read
     */
    public ParsedMail parse(InputStream message, Instant deliveredAt) throws IOException {
        MessageCollector collected = new MessageCollector(maxBodyChars, MAX_ATTACHMENTS);
        MimeStreamParser parser = new MimeStreamParser(MimeReading.config(), DecodeMonitor.SILENT,
                MimeReading.descriptors());
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(collected);
        try {
            parser.parse(message);
        } catch (MimeException | RuntimeException e) {
            // Keep what was understood up to here; the original stays available as MIME.
            LOG.debug("malformed MIME, keeping what was parsed: {}", e.toString());
        }
        return result(collected, deliveredAt);
    }

    /**
     * What is stored when even the lenient parse fails in an unforeseen way: the message is still delivered
     * (its MIME is kept whole), with only the delivery facts as properties.
     */
    public static ParsedMail minimal(Instant deliveredAt) {
        PropertyMap properties = PropertyMap.builder()
                .time(EmailProperty.DATE_RECEIVED, deliveredAt)
                .bool(EmailProperty.READ, false)
                .integer(EmailProperty.IMPORTANCE, MessageTraits.NORMAL)
                .text(EmailProperty.MESSAGE_CLASS, MessageTraits.NOTE)
                .text(EmailProperty.CONTENT_CLASS, CONTENT_CLASS)
                .build();
        return new ParsedMail(properties, null, java.util.List.of(), Set.of());
    }

    private static ParsedMail result(MessageCollector c, Instant deliveredAt) {
        HeaderValues h = c.top();
        PropertyMap.Builder p = PropertyMap.builder();
        Addresses to = Addresses.parse(h.raw("to"));
        Addresses cc = Addresses.parse(h.raw("cc"));
        p.text(EmailProperty.FROM, text(Addresses.parse(h.raw("from"))));
        p.text(EmailProperty.TO, text(to));
        p.text(EmailProperty.CC, text(cc));
        p.text(EmailProperty.REPLY_TO, text(Addresses.parse(h.raw("reply-to"))));
        p.text(EmailProperty.SENDER, text(Addresses.parse(h.raw("sender"))));
        if (to != null) {
            p.text(EmailProperty.DISPLAY_TO, to.displayNames());
        }
        String subject = h.decoded("subject");
        p.text(EmailProperty.SUBJECT, subject);
        String topic = MessageTraits.threadTopic(h.decoded("thread-topic"), subject);
        p.text(EmailProperty.THREAD_TOPIC, topic);
        p.time(EmailProperty.DATE_RECEIVED, deliveredAt);
        p.time(IngestProperty.SENT_DATE, date(h.raw("date")));
        p.integer(EmailProperty.IMPORTANCE, MessageTraits.importance(h.decoded("importance"),
                h.decoded("x-priority"), h.decoded("priority")));
        p.bool(EmailProperty.READ, false);
        p.text(EmailProperty.MESSAGE_CLASS, MessageTraits.messageClass(c.topMimeType()));
        p.text(EmailProperty.CONTENT_CLASS, CONTENT_CLASS);
        String messageId = h.raw("message-id");
        p.text(EmailProperty.MESSAGE_ID, messageId == null || messageId.isBlank() ? null : messageId);
        Conversation conversation = Conversation.derive(h.raw("thread-index"), h.raw("references"),
                h.raw("in-reply-to"), messageId, topic);
        p.bytes(EmailProperty.CONVERSATION_ID, conversation.id());
        p.bytes(EmailProperty.CONVERSATION_INDEX, conversation.index());
        String preview = bodies(p, c.plain(), c.html());
        Set<String> visible = new HashSet<>();
        if (to != null) {
            visible.addAll(to.addressKeys());
        }
        if (cc != null) {
            visible.addAll(cc.addressKeys());
        }
        return new ParsedMail(p.build(), preview, c.attachments(), visible);
    }

    /** Sets the body properties (HTML is native when present) and returns the preview. */
    private static String bodies(PropertyMap.Builder p, MessageCollector.TextAccumulator plain,
            MessageCollector.TextAccumulator html) {
        MessageCollector.TextAccumulator nativeBody = html.present ? html : plain;
        int type = html.present ? 2 : 1;
        p.integer(EmailProperty.NATIVE_BODY_TYPE, type);
        p.integer(EmailProperty.BODY_TYPE, type);
        p.text(EmailProperty.BODY, nativeBody.text.toString());
        p.integer(IngestProperty.BODY_SIZE, nativeBody.size);
        if (html.present && plain.present) {
            p.text(IngestProperty.PLAIN_BODY, plain.text.toString());
        }
        p.bool(IngestProperty.BODY_TRUNCATED, nativeBody.truncated || (html.present && plain.truncated));
        p.integer(EmailProperty.INTERNET_CPID, Charsets.codePage(nativeBody.charset));
        // a little beyond the preview, so that the cut below still decides where a surrogate pair ends
        String source = plain.present ? HtmlText.collapse(plain.text, PREVIEW_CHARS + 2)
                : HtmlText.toText(html.text.toString());
        return source.isEmpty() ? null : cut(source, PREVIEW_CHARS);
    }

    /** At most {@code max} characters of {@code text}, never ending inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String text(Addresses addresses) {
        return addresses == null || addresses.text().isEmpty() ? null : addresses.text();
    }

    private static Instant date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        DateTimeField field = DateTimeFieldLenientImpl.PARSER.parse(new RawField("Date", raw), DecodeMonitor.SILENT);
        Date date = field.getDate();
        return date == null ? null : date.toInstant();
    }
}
