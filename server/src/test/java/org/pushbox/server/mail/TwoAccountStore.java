package org.pushbox.server.mail;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** A fresh H2 store per test with two accounts, anna and bob, for the delivery tests. */
abstract class TwoAccountStore {

    @TempDir
    Path dir;
    MailboxStore store;
    Account anna;
    Account bob;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db")).withPasswordHashing(new PasswordHashing(1024, 1, 1)));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
        bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
    }

    @AfterEach
    void close() {
        store.close();
    }
}
