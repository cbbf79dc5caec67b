package org.pushbox.server.command.sync;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StorageConfig;

/** A fresh H2 store per test with a {@link SyncHarness} on it and its account's Inbox. */
abstract class SyncStoreFixture {

    @TempDir
    Path dir;

    MailboxStore store;
    SyncHarness h;
    Folder inbox;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        h = new SyncHarness(store);
        inbox = h.folder(FolderType.INBOX);
    }

    @AfterEach
    void close() {
        store.close();
    }
}
