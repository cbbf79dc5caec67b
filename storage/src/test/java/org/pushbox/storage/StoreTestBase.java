package org.pushbox.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.pushbox.storage.api.MailboxStore;

/** Opens one store on one fresh database per test class; the contracts supply the tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreTestBase implements StoreFixture {

    private TestDatabase database;
    private MailboxStore store;

    abstract TestDatabase createDatabase();

    @BeforeAll
    void openStore() {
        database = createDatabase();
        store = MailboxStore.open(database.config());
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    public MailboxStore store() {
        return store;
    }

    @Override
    public TestDatabase database() {
        return database;
    }
}
