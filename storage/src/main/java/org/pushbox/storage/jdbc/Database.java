package org.pushbox.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.pushbox.storage.api.StorageConfig;
import org.pushbox.storage.api.StoreException;

/** A HikariCP pool and the dialect of the database behind it. */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    /** Auto-commit, read-only connections for single reads outside a transaction (see ReadOnly). */
    private final HikariDataSource readPool;
    private final Dialect dialect;

    public Database(StorageConfig config) {
        this.dialect = Dialect.of(config.jdbcUrl());
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("pushbox-store");
        hikari.setDriverClassName(dialect.driverClass());
        hikari.setJdbcUrl(config.jdbcUrl());
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        if (dialect == Dialect.MARIADB && !config.jdbcUrl().contains("useServerPrepStmts")) {
            // Binary protocol with statements prepared once per connection: the text protocol escapes every
            // parameter byte on the client (a 20 KB body per delivered message) and re-parses the SQL each time.
            hikari.addDataSourceProperty("useServerPrepStmts", "true");
        }
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(1);
        hikari.setAutoCommit(false);
        // Read committed on both: the journal is read below a committed folder modseq, so it needs no
        // snapshot, and InnoDB takes fewer gap locks (fewer deadlocks between concurrent writers).
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        this.pool = openPool(hikari, config.jdbcUrl());
        HikariConfig reads = new HikariConfig();
        hikari.copyStateTo(reads);
        reads.setPoolName("pushbox-store-reads");
        reads.setAutoCommit(true);
        reads.setReadOnly(true);
        reads.setMaximumPoolSize(config.maxPoolSize());
        try {
            this.readPool = openPool(reads, config.jdbcUrl());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Hikari fails fast with its own unchecked exception when the first connection cannot be made (the
     * embedded H2 file held by another pushbox process, MariaDB down, wrong password); callers get a
     * {@link StoreException} naming the URL and the database's own reason instead.
     */
    private static HikariDataSource openPool(HikariConfig hikari, String url) {
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = root.getMessage() == null ? root.toString() : root.getMessage().lines().findFirst().orElse("");
            String hint = url.startsWith("jdbc:h2:file:")
                    ? " (is another pushbox process using this data directory? stop it first)" : "";
            throw new StoreException("cannot open the database " + withoutSecrets(url) + ": " + reason + hint, e);
        }
    }

    /** The URL as it may be shown: query parameters such as password= are dropped. */
    static String withoutSecrets(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A pooled auto-commit connection on which the database refuses writes. */
    public Connection readConnection() {
        try {
            return readPool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** A pooled connection with auto-commit off. */
    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /**
     * After a failure: if the connection is dead (killed, network gone), take it out of the pool
     * now, so the next transaction does not inherit it. Drivers do not all report this the same way.
     */
    void evictIfBroken(Connection connection) {
        evictIfBroken(connection, pool);
    }

    /** {@link #evictIfBroken(Connection)} for a connection of {@link #readConnection()}. */
    void evictReadIfBroken(Connection connection) {
        evictIfBroken(connection, readPool);
    }

    private static void evictIfBroken(Connection connection, HikariDataSource owner) {
        boolean valid;
        try {
            valid = connection.isValid(2);
        } catch (SQLException e) {
            valid = false;
        }
        if (!valid) {
            owner.evictConnection(connection);
        }
    }

    @Override
    public void close() {
        readPool.close();
        pool.close();
    }
}
