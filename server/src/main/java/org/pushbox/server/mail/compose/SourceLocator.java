package org.pushbox.server.mail.compose;

import java.util.Optional;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.model.EasDateTime;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.MailboxStore;

/**
 * Finds the original of a SmartReply or SmartForward among the account's items: by ItemId (the Sync
 * ServerId), in FolderId when given. LongIds come from Search results, which pushbox does not serve, so
 * none can be valid: 150 ItemNotFound, as for any item that is not there.
 */
final class SourceLocator {

    /** Longest id a device sends ([MS-ASCMD] 2.2.3.93: ItemId up to 64 characters). */
    private static final int MAX_DIGITS = 18;

    private final MailboxStore store;

    SourceLocator(MailboxStore store) {
        this.store = store;
    }

    Item find(long accountId, Source source) throws ComposeException {
        if (source.itemId() == null) {
            throw notFound("LongId " + source.longId() + " (Search is not served)");
        }
        Optional<Long> itemId = number(source.itemId());
        Optional<Item> item = itemId.flatMap(id -> store.items().get(id)).filter(i -> i.accountId() == accountId);
        if (item.isEmpty()) {
            throw notFound("item " + source.itemId());
        }
        if (source.folderId() != null && !number(source.folderId()).equals(Optional.of(item.get().folderId()))) {
            throw notFound("item " + source.itemId() + " in folder " + source.folderId());
        }
        ItemClass cls = item.get().itemClass();
        if (cls != ItemClass.EMAIL && cls != ItemClass.EVENT) {
            throw notFound("item " + source.itemId() + " is a " + cls + ", not mail");
        }
        if (source.instanceId() != null) {
            if (EasDateTime.parseEither(source.instanceId()) == null) {
                throw new ComposeException(CommonStatus.INVALID_DATE_TIME, "InstanceId is not a date-time");
            }
            if (cls == ItemClass.EVENT && item.get().properties().get(EventProperty.RECURRENCE).isEmpty()) {
                throw new ComposeException(CommonStatus.NO_RECURRENCE_IN_CALENDAR,
                        "InstanceId names an occurrence of an event that does not recur");
            }
        }
        return item.get();
    }

    private static ComposeException notFound(String what) {
        return new ComposeException(CommonStatus.ITEM_NOT_FOUND, "no such source: " + what);
    }

    private static Optional<Long> number(String text) {
        if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
