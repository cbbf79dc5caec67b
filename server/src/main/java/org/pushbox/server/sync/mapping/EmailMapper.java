package org.pushbox.server.sync.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.model.Attachment;
import org.pushbox.protocol.model.Attachments;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Email;
import org.pushbox.protocol.model.Field;
import org.pushbox.protocol.model.Flag;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;

/**
 * Mail: the envelope and flags through {@link GroupMapping}, the body from the stored text (or the
 * preview) and, for MIME, from the message blob; attachments from the item's attachment rows, each with
 * a FileReference ({@code itemId:index}) for ItemOperations to fetch. Devices only change a message's
 * flags (Read, Flag, Categories, last verb), so a Change touches nothing else.
 */
final class EmailMapper implements ItemMapper {

    static final EmailMapper INSTANCE = new EmailMapper();

    private static final List<Field<?>> CHANGEABLE = List.of(Email.READ, Email.FLAG, Email.CATEGORIES,
            Email.LAST_VERB_EXECUTED, Email.LAST_VERB_EXECUTION_TIME);
    /** Hard cap on the MIME we put in a response body: a device asks ItemOperations for larger ones. */
    private static final int MAX_INLINE_MIME = 16 * 1024 * 1024;

    private EmailMapper() {
    }

    private static GroupMapping<Email> mapping() {
        return GroupMapping.of(Email.class, EmailProperty.values());
    }

    @Override
    public ItemData toClient(Item item, BodyRequest request, BlobStore blobs) {
        PropertyMap properties = item.properties();
        Email email = mapping().fromProperties(properties);
        if (!email.has(Email.READ)) {
            email = email.with(Email.READ, false);
        }
        if (!email.has(Email.MESSAGE_CLASS)) {
            email = email.with(Email.MESSAGE_CLASS, "IPM.Note");
        }
        Body body = BodyRenderer.render(storedBody(item, email.get(Email.MESSAGE_CLASS), request, blobs), request);
        if (body != null) {
            email = email.with(Email.BODY, body);
        }
        List<org.pushbox.storage.api.Attachment> rows = item.content().attachments();
        if (!rows.isEmpty()) {
            email = email.with(Email.ATTACHMENTS, Attachments.of(attachments(item.id(), rows)));
        }
        return email;
    }

    /**
     * The stored text; else, when the device will not get the MIME itself, the text decoded from the MIME
     * (mail kept as MIME only); else the preview.
     */
    private static StoredBody storedBody(Item item, String messageClass, BodyRequest request, BlobStore blobs) {
        PropertyMap properties = item.properties();
        Long type = properties.integer(EmailProperty.BODY_TYPE);
        if (type == null) {
            type = properties.integer(EmailProperty.NATIVE_BODY_TYPE);
        }
        BlobId mime = item.content().mime();
        StoredBody stored = new StoredBody(properties.text(EmailProperty.BODY),
                type != null && type == Body.HTML ? Body.HTML : Body.PLAIN_TEXT, null,
                mime == null ? null : mimeText(blobs, mime), messageClass.startsWith("IPM.Note.SMIME"));
        if (stored.text() == null && mime != null && !BodyRenderer.sendsMime(stored, request)) {
            stored = MimeBodyText.decode(blobs, mime, stored);
        }
        if (stored.text() == null && item.content().preview() != null) {
            stored = stored.withText(item.content().preview(), Body.PLAIN_TEXT, null);
        }
        return stored;
    }

    private static List<Attachment> attachments(long itemId, List<org.pushbox.storage.api.Attachment> rows) {
        List<Attachment> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            org.pushbox.storage.api.Attachment row = rows.get(i);
            Attachment a = Attachment.EMPTY.with(Attachment.DISPLAY_NAME, row.displayName())
                    .with(Attachment.FILE_REFERENCE, itemId + ":" + i)
                    .with(Attachment.METHOD, row.method().code())
                    .with(Attachment.ESTIMATED_DATA_SIZE, row.size());
            if (row.contentId() != null) {
                a = a.with(Attachment.CONTENT_ID, row.contentId());
            }
            if (row.contentLocation() != null) {
                a = a.with(Attachment.CONTENT_LOCATION, row.contentLocation());
            }
            if (row.inline()) {
                a = a.with(Attachment.IS_INLINE, true);
            }
            list.add(a);
        }
        return list;
    }

    /** Reads the message as text when a device asks for MIME; bytes that are not UTF-8 become U+FFFD. */
    private static Supplier<String> mimeText(BlobStore blobs, BlobId id) {
        return () -> {
            try (InputStream in = blobs.open(id)) {
                return new String(in.readNBytes(MAX_INLINE_MIME), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public ItemData flagsOf(Item item) {
        Email all = mapping().fromProperties(item.properties());
        Email flags = Email.EMPTY.with(Email.READ, Boolean.TRUE.equals(all.get(Email.READ)))
                .with(Email.FLAG, all.has(Email.FLAG) ? all.get(Email.FLAG) : Flag.CLEARED);
        return all.has(Email.CATEGORIES) ? flags.with(Email.CATEGORIES, all.get(Email.CATEGORIES)) : flags;
    }

    @Override
    public ItemContent newItem(ItemData data) {
        throw new UnsupportedOperationException("devices do not add mail through Sync");
    }

    @Override
    public PropertyUpdate change(ItemData data, Collection<Tag> supported) {
        Email email = (Email) data;
        Email flagsOnly = Email.EMPTY;
        for (Field<?> field : CHANGEABLE) {
            if (email.has(field)) {
                flagsOnly = copy(email, flagsOnly, field);
            }
        }
        return mapping().toProperties(flagsOnly);
    }

    @SuppressWarnings("unchecked")
    private static <T> Email copy(Email from, Email to, Field<T> field) {
        return to.with(field, from.get(field));
    }
}
