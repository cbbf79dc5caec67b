package org.pushbox.storage.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AccountStore;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.ChangeJournal;
import org.pushbox.storage.api.CommitEvent;
import org.pushbox.storage.api.CommitListener;
import org.pushbox.storage.api.DeviceStore;
import org.pushbox.storage.api.FolderStore;
import org.pushbox.storage.api.ItemStore;
import org.pushbox.storage.api.Logins;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.OutboundQueue;
import org.pushbox.storage.api.ReadOnly;
import org.pushbox.storage.api.StorageConfig;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.SyncStateStore;
import org.pushbox.storage.api.Transaction;
import org.pushbox.storage.api.TransactionWork;
import org.pushbox.storage.migrate.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JDBC mailbox store for H2 and MariaDB. */
public final class JdbcMailboxStore implements MailboxStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMailboxStore.class);
    private static final int MAX_ATTEMPTS = 8;

    private final Database database;
    private final Argon2PasswordHasher hasher;
    private final JdbcBlobStore blobs;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();

    private JdbcMailboxStore(Database database, Argon2PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
        this.blobs = new JdbcBlobStore(database);
    }

    /** Connects, migrates the schema and returns the store; see {@link MailboxStore#open(StorageConfig)}. */
    public static JdbcMailboxStore open(StorageConfig config) {
        Database database = new Database(config);
        try {
            int applied = Migrations.migrate(database.dataSource(), database.dialect().tableOptions());
            LOG.info("mailbox store on {} ({}), {} migration(s) applied", database.dialect(), config.jdbcUrl(), applied);
            return new JdbcMailboxStore(database, new Argon2PasswordHasher(config.passwordHashing()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    @Override
    public <T> T transaction(TransactionWork<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return attempt(work);
            } catch (StoreException e) {
                if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                LOG.debug("retrying transaction after {}", e.getMessage());
                backOff(attempt);
            }
        }
    }

    /**
     * Runs {@code work}, which only reads, on an auto-commit read-only connection: no transaction to commit.
     * Under read committed every statement of a transaction sees the latest committed data anyway, so a read
     * made of one statement, or of statements that need no common snapshot, loses nothing by this.
     */
    private <T> T read(TransactionWork<T> work) {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = database.readConnection()) {
                try {
                    return work.run(new JdbcTransaction(connection, database.dialect(), hasher));
                } catch (RuntimeException | Error e) {
                    database.evictReadIfBroken(connection);
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("cannot release connection: " + e.getMessage(), e);
            } catch (StoreException e) {
                if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private <T> T attempt(TransactionWork<T> work) {
        CommitEvent event;
        T result;
        try (Connection connection = database.connection()) {
            JdbcTransaction tx = new JdbcTransaction(connection, database.dialect(), hasher);
            try {
                result = work.run(tx);
                connection.commit();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection);
                database.evictIfBroken(connection);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(connection);
                database.evictIfBroken(connection);
                throw Sql.wrap("COMMIT", e);
            }
            event = tx.event();
        } catch (SQLException e) {
            throw new StoreException("cannot release connection: " + e.getMessage(), e);
        }
        publish(event);
        return result;
    }

    private boolean isRetryable(StoreException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && database.dialect().isRetryable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a transaction");
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the database discards the open transaction with it.
        }
    }

    private void publish(CommitEvent event) {
        if (event.isEmpty()) {
            return;
        }
        for (CommitListener listener : listeners) {
            try {
                listener.committed(event);
            } catch (RuntimeException e) {
                LOG.warn("commit listener {} failed", listener, e);
            }
        }
    }

    @Override
    public AccountStore accounts() {
        return perCall(AccountStore.class, Transaction::accounts);
    }

    @Override
    public FolderStore folders() {
        return perCall(FolderStore.class, Transaction::folders);
    }

    @Override
    public ItemStore items() {
        return perCall(ItemStore.class, Transaction::items);
    }

    @Override
    public ChangeJournal journal() {
        return perCall(ChangeJournal.class, Transaction::journal);
    }

    @Override
    public DeviceStore devices() {
        return perCall(DeviceStore.class, Transaction::devices);
    }

    @Override
    public SyncStateStore syncStates() {
        return perCall(SyncStateStore.class, Transaction::syncStates);
    }

    @Override
    public OutboundQueue outbound() {
        return perCall(OutboundQueue.class, Transaction::outbound);
    }

    @Override
    public BlobStore blobs() {
        return blobs;
    }

    /** A view of a store whose every call is a transaction of its own. */
    private <S> S perCall(Class<S> type, Function<Transaction, S> select) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? objectMethod(type, proxy, method, args)
                        : method.isAnnotationPresent(ReadOnly.class)
                                ? read(tx -> invoke(method, select.apply(tx), args))
                                : transaction(tx -> invoke(method, select.apply(tx), args))));
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new StoreException(e.getCause().getMessage(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object objectMethod(Class<?> type, Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "per-call " + type.getSimpleName();
        };
    }

    @Override
    public Optional<Account> authenticate(String login, String password) {
        if (login == null || password == null) {
            hasher.verifyDummy("");
            return Optional.empty();
        }
        String key = Logins.normalise(login);
        // Look up in a short transaction, hash outside it: no connection is held for the slow part.
        Optional<JdbcAccountStore.Credentials> found = transaction(tx -> new JdbcAccountStore((JdbcTransaction) tx)
                .credentials(key));
        if (found.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        JdbcAccountStore.Credentials credentials = found.get();
        boolean matches = hasher.verify(password, credentials.passwordHash());
        if (!matches || !credentials.enabled()) {
            return Optional.empty();
        }
        if (hasher.needsRehash(credentials.passwordHash())) {
            accounts().setPassword(credentials.accountId(), password);
        }
        return accounts().get(credentials.accountId());
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        database.close();
    }
}
