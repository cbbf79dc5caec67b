package org.pushbox.server.command.itemoperations;

import java.util.Arrays;
import java.util.Optional;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.StoreException;

/**
 * ItemOperations Move: every message of a conversation, wherever it is in the account's mail folders,
 * into one folder, in one transaction. The store indexes ConversationId per folder only (for Sync), so
 * this reads the account's mail; MoveAlways (moving future messages too) is not remembered.
 */
final class ConversationMover {

    private final MailboxStore store;
    private final long accountId;

    ConversationMover(MailboxStore store, long accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    EasStatus move(Bytes conversationId, String dstFldId) {
        Optional<Folder> target = Ids.parse(dstFldId).flatMap(store.folders()::get)
                .filter(f -> f.accountId() == accountId && f.itemClass() == ItemClass.EMAIL);
        if (target.isEmpty()) {
            return ItemOperationsStatus.OBJECT_NOT_FOUND;
        }
        byte[] wanted = conversationId.toArray();
        try {
            int moved = store.transaction(tx -> {
                int count = 0;
                for (Folder folder : tx.folders().list(accountId)) {
                    if (folder.id() == target.get().id() || folder.itemClass() != ItemClass.EMAIL
                            || folder.type() == FolderType.RECIPIENT_CACHE) {
                        continue;
                    }
                    for (Item item : tx.items().getAll(tx.items().ids(folder.id(), ItemFilter.ALL))) {
                        if (item.properties().get(EmailProperty.CONVERSATION_ID)
                                .filter(v -> v instanceof PropertyValue.Bytes b && Arrays.equals(b.value(), wanted))
                                .isPresent()) {
                            tx.items().move(item.id(), target.get().id());
                            count++;
                        }
                    }
                }
                return count;
            });
            return moved == 0 ? ItemOperationsStatus.OBJECT_NOT_FOUND : ItemOperationsStatus.SUCCESS;
        } catch (StoreException e) {
            return ItemOperationsStatus.SERVER_ERROR;
        }
    }
}
