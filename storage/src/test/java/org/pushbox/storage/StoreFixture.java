package org.pushbox.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.Transaction;
import org.pushbox.storage.jdbc.JdbcTransaction;

/** What every contract needs: an open store on a fresh database, and a few helpers. */
interface StoreFixture {

    MailboxStore store();

    TestDatabase database();

    /** An account of its own for each test, so tests share a database without seeing each other. */
    default Account newAccount() {
        String login = "user-" + UUID.randomUUID();
        return store().accounts().create(NewAccount.of(login, "pw-" + login, "Test 😀 User", login + "@example.org"));
    }

    default Folder folder(Account account, FolderType type) {
        return store().folders().findByType(account.id(), type).orElseThrow();
    }

    /** Kills the transaction's physical connection, as a crash or a dropped network link would. */
    default void killConnection(Transaction tx) {
        try {
            Connection physical = ((JdbcTransaction) tx).connection().unwrap(Connection.class);
            physical.abort(Runnable::run);
            if (!physical.isClosed()) {
                physical.close(); // H2's embedded connection ignores abort; closing it is what a crash does
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
