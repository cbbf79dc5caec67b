package org.pushbox.conformance.replay;

import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;

/**
 * Exchange's CollectionIds as pushbox folders: those learned from a FolderSync of the capture, else the
 * folder that {@link FolderGuess} picks, recorded in the {@link ValueMap} on first use.
 */
final class Folders {

    private final Capture capture;
    private final ValueMap map;
    private final MailboxSeeder seeder;
    private final MailboxStore store;

    Folders(Capture capture, ValueMap map, MailboxSeeder seeder, MailboxStore store) {
        this.capture = capture;
        this.map = map;
        this.seeder = seeder;
        this.store = store;
    }

    Folder folder(String exchangeId) {
        String known = map.get(ValueKind.FOLDER, exchangeId).orElse(null);
        if (known != null) {
            return store.folders().get(Long.parseLong(known)).orElseThrow();
        }
        FolderType type = FolderGuess.guess(exchangeId, capture);
        Folder folder = seeder.folder(type, exchangeId);
        map.learn(ValueKind.FOLDER, exchangeId, Long.toString(folder.id()));
        return folder;
    }
}
