package org.pushbox.server.mail.compose;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.server.mail.mime.ParsedMail;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyType;

/**
 * The Sent Items copy of a message that left: the transmitted MIME as its blob, parsed like delivered mail,
 * marked read. The commit wakes the account's held Pings like any new item.
 *
 * <p>A copy carries the ClientId it was sent under, and a second copy with the same ClientId (within
 * {@link #DUPLICATE_WINDOW}) is not added: a device repeating a send gets no second copy, and a copy that
 * a crash kept from being stored after the submit is added when the device repeats the send.
 */
final class SentItems {

    /** How far back a repeated ClientId is looked for; devices repeat within minutes. */
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(2);

    /** The ClientId a Sent Items copy was sent under. */
    enum Property implements PropertyKey {
        SENT_CLIENT_ID;

        @Override
        public String key() {
            return "sentClientId";
        }

        @Override
        public PropertyType type() {
            return PropertyType.TEXT;
        }
    }

    private final MailboxStore store;
    private final MailParser parser = new MailParser();
    private final Clock clock;

    SentItems(MailboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores the copy; returns the new item, or empty when the account has no Sent Items or has the copy. */
    Optional<Item> save(Account account, byte[] mime, String clientId) throws IOException {
        Instant now = clock.instant();
        ParsedMail parsed = parser.parse(new ByteArrayInputStream(mime), now);
        BlobId blob = store.blobs().put(new ByteArrayInputStream(mime)).id();
        ItemContent received = parsed.itemFor(blob, account.addresses());
        PropertyMap.Builder props = received.properties().toBuilder()
                .bool(EmailProperty.READ, true)
                .bool(EmailProperty.RECEIVED_AS_BCC, false);
        if (clientId != null) {
            props.text(Property.SENT_CLIENT_ID, clientId);
        }
        ItemContent copy = new ItemContent(received.itemClass(), props.build(), blob, received.preview(),
                received.attachments());
        return store.transaction(tx -> {
            Optional<Folder> sent = tx.folders().findByType(account.id(), FolderType.SENT_ITEMS);
            if (sent.isEmpty()) {
                return Optional.empty();
            }
            if (clientId != null) {
                List<Long> recent = tx.items().ids(sent.get().id(), ItemFilter.since(now.minus(DUPLICATE_WINDOW)));
                for (Item item : tx.items().getAll(recent)) {
                    if (clientId.equals(item.properties().text(Property.SENT_CLIENT_ID))) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(tx.items().add(sent.get().id(), copy));
        });
    }
}
