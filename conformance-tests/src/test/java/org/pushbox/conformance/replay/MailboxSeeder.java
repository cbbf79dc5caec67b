package org.pushbox.conformance.replay;

import java.util.Map;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.model.ApplicationData;
import org.pushbox.protocol.model.DataClassException;
import org.pushbox.protocol.model.EasDateTime;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.sync.mapping.ItemMapper;
import org.pushbox.server.sync.mapping.PropertyUpdate;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyMap;

/**
 * Writes into pushbox's store what happened on Exchange's side of a capture: the items Exchange sent a
 * device (so that pushbox can send them too), their changes and deletions. Contacts, calendar, tasks and
 * notes go through pushbox's own item mapping, as a device's Add would; mail, which devices cannot add,
 * is written from its envelope and body text as delivery would store it.
 */
final class MailboxSeeder {

    private final MailboxStore store;
    private final long accountId;
    private final ProtocolVersion version;

    MailboxSeeder(MailboxStore store, long accountId, ProtocolVersion version) {
        this.store = store;
        this.accountId = accountId;
        this.version = version;
    }

    /** The account's folder of that type; a user type gets a new folder named after the Exchange id. */
    Folder folder(FolderType type, String exchangeId) {
        if (type.isDefault()) {
            return store.folders().findByType(accountId, type).orElseThrow();
        }
        return store.folders().create(accountId, Folder.ROOT, "Exchange folder " + exchangeId, type);
    }

    /** Adds the item Exchange sent as ApplicationData; returns pushbox's ServerId. */
    String add(Folder folder, WbxmlElement data) {
        return add(folder, data, null);
    }

    /**
     * Adds the item Exchange sent as ApplicationData, a mail with {@code mime} (its original message, as a
     * later Fetch of the capture shows it; null when none does) as the stored MIME; returns pushbox's ServerId.
     */
    String add(Folder folder, WbxmlElement data, byte[] mime) {
        ItemContent content = content(folder, data);
        if (mime != null && folder.itemClass() == org.pushbox.storage.api.ItemClass.EMAIL) {
            try {
                var blob = store.blobs().put(new java.io.ByteArrayInputStream(mime));
                content = new ItemContent(content.itemClass(), content.properties(), blob.id(), content.preview(),
                        content.attachments());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Long.toString(store.items().add(folder.id(), content).id());
    }

    /** Lays the fields of a Change that Exchange sent over the stored item. */
    void change(Folder folder, String serverId, WbxmlElement data) {
        PropertyUpdate update;
        if (folder.itemClass() == org.pushbox.storage.api.ItemClass.EMAIL) {
            update = new PropertyUpdate(email(data), java.util.Set.of());
        } else {
            update = ItemMapper.of(protocolClass(folder)).change(decode(folder, data), null);
        }
        store.items().update(Long.parseLong(serverId), update.set(), update.removed());
    }

    void delete(String serverId) {
        store.items().delete(Long.parseLong(serverId));
    }

    void deleteIfPresent(String serverId) {
        long id = Long.parseLong(serverId);
        if (store.items().get(id).isPresent()) {
            store.items().delete(id);
        }
    }

    private ItemContent content(Folder folder, WbxmlElement data) {
        if (folder.itemClass() == org.pushbox.storage.api.ItemClass.EMAIL) {
            return ItemContent.of(org.pushbox.storage.api.ItemClass.EMAIL, email(data));
        }
        return ItemMapper.of(protocolClass(folder)).newItem(decode(folder, data));
    }

    private org.pushbox.protocol.model.ItemData decode(Folder folder, WbxmlElement data) {
        try {
            return ApplicationData.decode(protocolClass(folder), data, version);
        } catch (DataClassException e) {
            throw new IllegalStateException("Exchange's ApplicationData does not decode: " + e.getMessage(), e);
        }
    }

    private static final Map<String, EmailProperty> EMAIL_TEXT = Map.of("To", EmailProperty.TO, "Cc",
            EmailProperty.CC, "From", EmailProperty.FROM, "Subject", EmailProperty.SUBJECT, "ReplyTo",
            EmailProperty.REPLY_TO, "DisplayTo", EmailProperty.DISPLAY_TO, "ThreadTopic", EmailProperty.THREAD_TOPIC,
            "MessageClass", EmailProperty.MESSAGE_CLASS, "ContentClass", EmailProperty.CONTENT_CLASS);

    /** The envelope, flags and body text of a mail, read field by field from Exchange's ApplicationData. */
    private static PropertyMap email(WbxmlElement data) {
        PropertyMap.Builder b = PropertyMap.builder();
        for (WbxmlElement f : data.children()) {
            String name = f.tag().name();
            String text = f.content() == WbxmlElement.Content.TEXT ? f.text() : null;
            if (EMAIL_TEXT.containsKey(name) && text != null) {
                b.text(EMAIL_TEXT.get(name), text);
            } else if (name.equals("DateReceived") && text != null) {
                b.time(EmailProperty.DATE_RECEIVED, EasDateTime.parseEither(text));
            } else if (name.equals("Read") && text != null) {
                b.bool(EmailProperty.READ, "1".equals(text));
            } else if (name.equals("Importance") && text != null) {
                b.integer(EmailProperty.IMPORTANCE, Long.parseLong(text));
            } else if (name.equals("InternetCPID") && text != null) {
                b.integer(EmailProperty.INTERNET_CPID, Long.parseLong(text));
            } else if (name.equals("Body") && f.tag().namespace().equals("AirSyncBase")) {
                Trees.text(f, "Data").ifPresent(body -> b.text(EmailProperty.BODY, wholeLength(f, body)));
                Trees.text(f, "Type").ifPresent(t -> b.integer(EmailProperty.BODY_TYPE, Long.parseLong(t)));
                Trees.text(f, "Type").ifPresent(t -> b.integer(EmailProperty.NATIVE_BODY_TYPE, Long.parseLong(t)));
            }
        }
        // the type the mail was written in, when Exchange says it (the Body above is in the type asked for)
        for (WbxmlElement f : data.children()) {
            if (f.tag().name().equals("NativeBodyType") && f.content() == WbxmlElement.Content.TEXT) {
                b.integer(EmailProperty.NATIVE_BODY_TYPE, Long.parseLong(f.text()));
            }
        }
        return b.build();
    }

    /**
     * A body Exchange sent truncated (Truncated 1, EstimatedDataSize the whole body's size) is known only by
     * its start: the start followed by filler up to the whole size, so that pushbox has a body as long as
     * Exchange's to truncate and size. What follows the start is not the original text.
     */
    private static String wholeLength(WbxmlElement body, String start) {
        if (Trees.text(body, "Truncated").filter("1"::equals).isEmpty()) {
            return start;
        }
        long whole = Trees.text(body, "EstimatedDataSize").map(Long::parseLong).orElse(0L);
        long have = start.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return whole <= have ? start : start + " ".repeat((int) (whole - have));
    }

    private static ItemClass protocolClass(Folder folder) {
        return switch (folder.itemClass()) {
            case EMAIL -> ItemClass.EMAIL;
            case CONTACT -> ItemClass.CONTACTS;
            case EVENT -> ItemClass.CALENDAR;
            case TASK -> ItemClass.TASKS;
            case NOTE -> ItemClass.NOTES;
        };
    }
}
