package org.pushbox.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.testing.Requirements;

/** Opens one store on one fresh database per test class; the contracts supply the tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreTestBase implements StoreFixture {

    private TestDatabase database;
    private MailboxStore store;
    private String missing;

    abstract TestDatabase createDatabase();

    @BeforeAll
    void openStore() {
        try {
            database = createDatabase();
        } catch (TestAbortedException e) {
            missing = e.getMessage(); // reported on every test below, so a skip is never silent
            return;
        }
        store = MailboxStore.open(database.config());
    }

    @BeforeEach
    void requireDatabase() {
        Requirements.require(missing == null, missing);
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
