package org.pushbox.server.command.moveitems;

import java.util.Optional;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.moveitems.MoveItemsStatus;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.Transaction;

/**
 * Moves one item of an account between two of its folders, checking ids the device sent. Each move is
 * its own transaction: the store journals it out of the source and into the target together, so a device
 * never sees the item in both folders or in neither.
 */
public final class ItemMover {

    /** The outcome: {@code status} and, on success, the item's new ServerId. */
    public record Outcome(EasStatus status, String newServerId) {
    }

    /** A refusal inside the transaction, so nothing of the move commits. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EasStatus status;

        Refused(EasStatus status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private final MailboxStore store;
    private final long accountId;

    public ItemMover(MailboxStore store, long accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    public Outcome move(String srcMsgId, String srcFldId, String dstFldId) {
        try {
            return store.transaction(tx -> {
                Folder source = folder(tx, srcFldId).orElseThrow(() -> new Refused(MoveItemsStatus.INVALID_SOURCE));
                Item item = id(srcMsgId).flatMap(tx.items()::get).filter(i -> i.folderId() == source.id())
                        .orElseThrow(() -> new Refused(MoveItemsStatus.INVALID_SOURCE));
                Folder target = folder(tx, dstFldId).filter(f -> f.type() != FolderType.RECIPIENT_CACHE)
                        .orElseThrow(() -> new Refused(MoveItemsStatus.INVALID_DESTINATION));
                if (target.id() == source.id()) {
                    throw new Refused(MoveItemsStatus.SAME_SOURCE_AND_DESTINATION);
                }
                if (!accepts(target, item)) {
                    // A contact cannot become mail: the destination exists but cannot hold it.
                    throw new Refused(MoveItemsStatus.FAILURE);
                }
                // The item keeps its id, so its new ServerId is the old one.
                return new Outcome(MoveItemsStatus.SUCCESS, Long.toString(tx.items().move(item.id(), target.id()).id()));
            });
        } catch (Refused e) {
            return new Outcome(e.status, null);
        } catch (StoreException e) {
            // E.g. the item was deleted by another device between the checks and the move.
            return new Outcome(MoveItemsStatus.FAILURE, null);
        }
    }

    /** Deleted Items takes anything; every other folder only its own class. */
    static boolean accepts(Folder target, Item item) {
        return target.type() == FolderType.DELETED_ITEMS || target.itemClass() == item.itemClass();
    }

    private Optional<Folder> folder(Transaction tx, String id) {
        return id(id).flatMap(tx.folders()::get).filter(f -> f.accountId() == accountId);
    }

    /** Ids are decimal numbers; anything else names nothing. */
    static Optional<Long> id(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
