package org.pushbox.server.sync.mapping;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.model.AirSyncBase;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.ElementGroup;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.model.Note;
import org.pushbox.protocol.model.Task;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.ContactProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.NoteProperty;
import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.TaskProperty;

/**
 * Contacts, calendar events, tasks and notes: every property through {@link GroupMapping}, and the body
 * as text ({@code body}) with its type ({@code bodyType}). A body the client sent truncated is not stored
 * (it would overwrite the whole text with a cut one); an absent body leaves the stored one alone.
 */
final class PimMapper<G extends ElementGroup<G> & ItemData> implements ItemMapper {

    static final PimMapper<Contact> CONTACTS = new PimMapper<>(Contact.class, ItemClass.CONTACT,
            ContactProperty.values(), ContactProperty.BODY, ContactProperty.BODY_TYPE);
    static final PimMapper<CalendarEvent> CALENDAR = new PimMapper<>(CalendarEvent.class, ItemClass.EVENT,
            EventProperty.values(), EventProperty.BODY, EventProperty.BODY_TYPE);
    static final PimMapper<Task> TASKS = new PimMapper<>(Task.class, ItemClass.TASK, TaskProperty.values(),
            TaskProperty.BODY, TaskProperty.BODY_TYPE);
    static final PimMapper<Note> NOTES = new PimMapper<>(Note.class, ItemClass.NOTE, NoteProperty.values(),
            NoteProperty.BODY, NoteProperty.BODY_TYPE);

    private final Class<G> type;
    private final ItemClass storageClass;
    private final PropertyKey[] keys;
    private final PropertyKey bodyKey;
    private final PropertyKey bodyTypeKey;

    private PimMapper(Class<G> type, ItemClass storageClass, PropertyKey[] keys, PropertyKey bodyKey,
            PropertyKey bodyTypeKey) {
        this.type = type;
        this.storageClass = storageClass;
        this.keys = keys;
        this.bodyKey = bodyKey;
        this.bodyTypeKey = bodyTypeKey;
    }

    private GroupMapping<G> mapping() {
        return GroupMapping.of(type, keys);
    }

    @Override
    public ItemData toClient(Item item, BodyRequest request, BlobStore blobs) {
        PropertyMap properties = item.properties();
        G group = mapping().fromProperties(properties);
        String text = properties.text(bodyKey);
        if (text != null) {
            Long bodyType = properties.integer(bodyTypeKey);
            Body body = BodyRenderer.render(StoredBody.text(text, bodyType == null ? Body.PLAIN_TEXT
                    : bodyType.intValue()), request);
            if (body != null) {
                group = group.with(AirSyncBase.BODY, body);
            }
        }
        return group;
    }

    @Override
    public ItemContent newItem(ItemData data) {
        PropertyUpdate update = change(data, null);
        return ItemContent.of(storageClass, update.set());
    }

    @Override
    public PropertyUpdate change(ItemData data, Collection<Tag> supported) {
        G group = type.cast(data);
        PropertyUpdate mapped = mapping().toProperties(group);
        PropertyMap.Builder set = mapped.set().toBuilder();
        Set<String> removed = new HashSet<>(mapped.removed());
        if (supported != null) {
            for (Tag tag : supported) {
                GroupMapping.Binding b = mapping().binding(tag);
                if (b != null && !group.has(b.field())) {
                    removed.add(b.key());
                }
            }
        }
        Body body = group.has(AirSyncBase.BODY) ? group.get(AirSyncBase.BODY) : null;
        if (body != null && body.has(Body.DATA) && !Boolean.TRUE.equals(body.get(Body.TRUNCATED))) {
            String text = body.get(Body.DATA);
            Integer bodyType = body.get(Body.TYPE);
            set.text(bodyKey, text == null ? "" : text);
            set.integer(bodyTypeKey, bodyType == null || bodyType != Body.HTML ? Body.PLAIN_TEXT : Body.HTML);
        }
        return new PropertyUpdate(set.build(), removed);
    }
}
