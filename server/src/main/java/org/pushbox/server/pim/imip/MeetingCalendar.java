package org.pushbox.server.pim.imip;

import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.Transaction;

/**
 * Finds an account's calendar item of a meeting by its UID, in every calendar folder of the account. The
 * store has no UID index: the folders are read in pages, which costs in proportion to the calendar's size
 * (a few milliseconds for a thousand events) and is paid once per meeting message or response.
 */
public final class MeetingCalendar {

    private static final int PAGE = 500;

    private MeetingCalendar() {
    }

    public static Optional<Item> findByUid(Transaction tx, long accountId, String uid) {
        if (uid == null) {
            return Optional.empty();
        }
        for (Folder folder : tx.folders().list(accountId)) {
            if (folder.type() != FolderType.CALENDAR && folder.type() != FolderType.USER_CALENDAR) {
                continue;
            }
            List<Long> ids = tx.items().ids(folder.id(), ItemFilter.ALL);
            for (int from = 0; from < ids.size(); from += PAGE) {
                for (Item item : tx.items().getAll(ids.subList(from, Math.min(ids.size(), from + PAGE)))) {
                    if (item.itemClass() == ItemClass.EVENT && uid.equals(item.properties().text(EventProperty.UID))) {
                        return Optional.of(item);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The account's default Calendar folder, where received meetings are put. */
    public static Optional<Folder> defaultCalendar(Transaction tx, long accountId) {
        return tx.folders().findByType(accountId, FolderType.CALENDAR);
    }
}
