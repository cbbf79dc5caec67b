package org.pushbox.server.sync.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.ContactProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/**
 * Contacts: every property through {@link PimMapper}, and the picture as a blob (it may be
 * megabytes; the property holds only its reference, and identical pictures are stored once),
 * written before the transaction by {@link StoredPictures}. The size a client may send is bounded
 * when the request is decoded ({@code DecodeLimits}).
 */
final class ContactMapper implements ItemMapper {

    static final ContactMapper INSTANCE = new ContactMapper();
    private static final String PICTURE = ContactProperty.PICTURE.key();

    private final PimMapper<Contact> contacts = PimMapper.CONTACTS;

    private ContactMapper() {
    }

    @Override
    public ItemData toClient(Item item, BodyRequest body, BlobStore blobs) {
        Contact contact = (Contact) contacts.toClient(item, body, blobs);
        if (blobs != null && item.properties().asMap().get(PICTURE) instanceof PropertyValue.Blob picture) {
            try (InputStream in = blobs.open(picture.value())) {
                contact = contact.with(Contact.PICTURE, Bytes.of(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("contact picture of item " + item.id(), e);
            }
        }
        return contact;
    }

    /** Without the stored pictures the picture cannot be kept: callers with a client's write use the other form. */
    @Override
    public ItemContent newItem(ItemData data) {
        return contacts.newItem(data);
    }

    @Override
    public ItemContent newItem(ItemData data, ClientWrite write) {
        ItemContent content = contacts.newItem(data);
        PropertyUpdate picture = picture((Contact) data, write);
        if (picture.set().isEmpty()) {
            return content;
        }
        PropertyMap.Builder properties = content.properties().toBuilder();
        picture.set().asMap().forEach(properties::put);
        return new ItemContent(content.itemClass(), properties.build(), content.mime(), content.preview(),
                content.attachments());
    }

    @Override
    public PropertyUpdate change(ItemData data, Collection<Tag> supported) {
        return contacts.change(data, supported);
    }

    @Override
    public PropertyUpdate change(Item stored, ItemData data, ClientWrite write) {
        PropertyUpdate update = contacts.change(data, write.supported());
        PropertyUpdate picture = picture((Contact) data, write);
        boolean ghostedAway = write.supported() != null && write.supported().contains(Contact.PICTURE.tag())
                && !((Contact) data).has(Contact.PICTURE);
        if (picture.set().isEmpty() && picture.removed().isEmpty() && !ghostedAway) {
            return update;
        }
        PropertyMap.Builder set = update.set().toBuilder();
        picture.set().asMap().forEach(set::put);
        Set<String> removed = new HashSet<>(update.removed());
        removed.addAll(picture.removed());
        if (ghostedAway) {
            removed.add(PICTURE);
        }
        return new PropertyUpdate(set.build(), removed);
    }

    /** The picture the client sent: stored as a blob, or removed when sent empty. */
    private static PropertyUpdate picture(Contact contact, ClientWrite write) {
        if (!contact.has(Contact.PICTURE)) {
            return new PropertyUpdate(PropertyMap.EMPTY, Set.of());
        }
        Bytes bytes = contact.get(Contact.PICTURE);
        if (bytes == null || bytes.length() == 0) {
            return new PropertyUpdate(PropertyMap.EMPTY, Set.of(PICTURE));
        }
        BlobId blob = write.pictures().find(bytes);
        if (blob == null) {
            throw new IllegalStateException("a contact picture was not stored before the transaction");
        }
        return new PropertyUpdate(PropertyMap.builder().put(PICTURE, new PropertyValue.Blob(blob)).build(), Set.of());
    }
}
