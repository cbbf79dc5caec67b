package org.pushbox.server.pim;

import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;

/** The folder an import or export uses: the account's default folder of the class, or one named. */
public final class PimFolders {

    private PimFolders() {
    }

    /** @param name a folder's display name (case-insensitive), or null for the default folder */
    public static Folder resolve(Transaction store, Account account, PimKind kind, String name) {
        if (name == null || name.isBlank()) {
            return store.folders().findByType(account.id(), kind.defaultFolder()).orElseThrow(() -> new StoreException(
                    "account " + account.login() + " has no " + kind.defaultFolder().defaultName() + " folder"));
        }
        return store.folders().list(account.id()).stream()
                .filter(f -> f.displayName().equalsIgnoreCase(name) && f.itemClass() == kind.storageClass())
                .findFirst()
                .orElseThrow(() -> new StoreException("account " + account.login() + " has no " + kind.word()
                        + " folder named '" + name + "'"));
    }
}
