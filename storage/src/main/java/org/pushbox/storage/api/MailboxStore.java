package org.pushbox.storage.api;

import java.util.Optional;
import org.pushbox.storage.jdbc.JdbcMailboxStore;

/**
 * The mailbox store: the one entry point of this module.
 *
 * <pre>{@code
 * try (MailboxStore store = MailboxStore.open(StorageConfig.embedded(dataDir))) {
 *     store.addCommitListener(event -> notifier.publish(event));
 *     Account anna = store.accounts().create(NewAccount.of("anna", "secret", "Anna", "anna@example.org"));
 *     store.transaction(tx -> {                      // state and item changes commit together
 *         tx.items().add(inboxId, content);
 *         tx.syncStates().saveCollection(state, added, removed);
 *         return null;
 *     });
 * }
 * }</pre>
 *
 * {@code open} migrates the schema (Flyway) before returning. The stores it offers as a
 * {@link Transaction} ({@link #accounts()} etc.) run each call in a transaction of its own; use
 * {@link #transaction(TransactionWork)} to group calls.
 */
public interface MailboxStore extends Transaction, AutoCloseable {

    /** Opens (and migrates) the database named by {@code config}; H2 or MariaDB is chosen from the URL. */
    static MailboxStore open(StorageConfig config) {
        return JdbcMailboxStore.open(config);
    }

    /** Runs {@code work} in one transaction, retrying it on deadlock; commit listeners run after commit. */
    <T> T transaction(TransactionWork<T> work);

    BlobStore blobs();

    /**
     * The account when the login exists, is enabled and the password matches. Takes the same time
     * whether the login is unknown, the account disabled or the password wrong.
     */
    Optional<Account> authenticate(String login, String password);

    void addCommitListener(CommitListener listener);

    void removeCommitListener(CommitListener listener);

    @Override
    void close();
}
