package org.pushbox.server.command.itemoperations;

import java.util.Optional;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;

/**
 * EmptyFolderContents: deletes every item of a folder and, with DeleteSubFolders, its subfolders, in one
 * transaction so the folder's journal (and the hierarchy's) change together or not at all.
 */
final class FolderEmptier {

    private final MailboxStore store;
    private final long accountId;

    FolderEmptier(MailboxStore store, long accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    EasStatus empty(String collectionId, boolean deleteSubFolders) {
        Optional<Folder> folder = Ids.parse(collectionId).flatMap(store.folders()::get)
                .filter(f -> f.accountId() == accountId);
        if (folder.isEmpty()) {
            return ItemOperationsStatus.OBJECT_NOT_FOUND;
        }
        if (folder.get().type() == FolderType.RECIPIENT_CACHE) {
            // [MS-ASCMD]: the recipient information cache must not be emptied this way.
            return ItemOperationsStatus.ACCESS_DENIED;
        }
        long id = folder.get().id();
        try {
            store.transaction(tx -> {
                for (long itemId : tx.items().ids(id, ItemFilter.ALL)) {
                    tx.items().delete(itemId);
                }
                if (deleteSubFolders) {
                    for (Folder child : tx.folders().list(accountId)) {
                        if (child.parentId() == id) {
                            tx.folders().delete(child.id());
                        }
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            return ItemOperationsStatus.SERVER_ERROR;
        }
        return ItemOperationsStatus.SUCCESS;
    }
}
