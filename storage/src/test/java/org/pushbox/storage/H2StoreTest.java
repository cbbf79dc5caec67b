package org.pushbox.storage;

/** The storage contract on the embedded default: an H2 file database in MariaDB mode. */
class H2StoreTest extends StoreTestBase implements MigrationContract, AccountStoreContract, FolderStoreContract,
        ItemStoreContract, ChangeJournalContract, BlobStoreContract, DeviceStoreContract, SyncStateStoreContract,
        TransactionContract, TextFieldsContract, OutOfOfficeContract, OutboundQueueContract, ConversationContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
