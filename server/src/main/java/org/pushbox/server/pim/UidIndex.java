package org.pushbox.server.pim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyValue;

/**
 * The UIDs of a folder's items, so that importing the same UID again updates the item instead of adding a
 * second one. Items exported without a UID of their own were written as {@code pushbox-item-<id>}, which
 * finds them too. Loaded once per import, in pages.
 */
final class UidIndex {

    static final String ITEM_UID_PREFIX = "pushbox-item-";
    private static final int PAGE = 500;

    private final Map<String, Long> ids = new HashMap<>();

    static UidIndex load(MailboxStore store, long folderId, String uidKey) {
        UidIndex index = new UidIndex();
        List<Long> all = store.items().ids(folderId, ItemFilter.ALL);
        for (int i = 0; i < all.size(); i += PAGE) {
            for (Item item : store.items().getAll(all.subList(i, Math.min(all.size(), i + PAGE)))) {
                index.ids.put(ITEM_UID_PREFIX + item.id(), item.id());
                if (item.properties().asMap().get(uidKey) instanceof PropertyValue.Text t) {
                    index.ids.put(t.value(), item.id());
                }
            }
        }
        return index;
    }

    /** The item with this UID, or null. */
    Long find(String uid) {
        return uid == null ? null : ids.get(uid);
    }

    void put(String uid, long itemId) {
        if (uid != null) {
            ids.put(uid, itemId);
        }
    }

    /** The UID an exported item is written with. */
    static String exportUid(Item item, String uidKey) {
        return item.properties().asMap().get(uidKey) instanceof PropertyValue.Text t && !t.value().isEmpty()
                ? t.value() : ITEM_UID_PREFIX + item.id();
    }
}
