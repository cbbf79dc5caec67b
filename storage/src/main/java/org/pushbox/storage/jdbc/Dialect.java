package org.pushbox.storage.jdbc;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the store runs on. The SQL is the same for both (docs/adr/0002); only table
 * options, driver class and the reading of error codes differ.
 */
public enum Dialect {
    H2("org.h2.Driver", ""),
    MARIADB("org.mariadb.jdbc.Driver", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");

    private final String driverClass;
    private final String tableOptions;

    Dialect(String driverClass, String tableOptions) {
        this.driverClass = driverClass;
        this.tableOptions = tableOptions;
    }

    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("pushbox stores mail in H2 (jdbc:h2:...) or MariaDB (jdbc:mariadb://...), not " + jdbcUrl);
    }

    public String driverClass() {
        return driverClass;
    }

    /** Appended to every CREATE TABLE by the migrations (Flyway placeholder {@code table_options}). */
    public String tableOptions() {
        return tableOptions;
    }

    /** A unique-key violation (as opposed to a foreign-key or NOT NULL one). */
    public boolean isDuplicateKey(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState()) || x.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /** A foreign-key violation: the row refers to something that does not exist. */
    public boolean isForeignKeyViolation(SQLException e) {
        return "23506".equals(e.getSQLState()) || e.getErrorCode() == 1452 || e.getErrorCode() == 1451;
    }

    /** Deadlock or lock wait timeout: the whole transaction may succeed when run again. */
    public boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || e.getErrorCode() == 1213 || e.getErrorCode() == 1205
                || "HYT00".equals(state) || e.getErrorCode() == 50200;
    }
}
