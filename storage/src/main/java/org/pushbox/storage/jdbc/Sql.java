package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.StoreException;

/** Small JDBC helpers: binding (instants as UTC DATETIME), querying, and wrapping SQLExceptions. */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap(sql, e);
        }
    }

    /** Runs an INSERT and returns the AUTO_INCREMENT key it generated. */
    static long insert(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("no generated key for " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw wrap(sql, e);
        }
    }

    /** Runs one statement for each argument row, as a JDBC batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw wrap(sql, e);
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw wrap(sql, e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) {
        List<T> rows = list(c, sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static long longValue(Connection c, String sql, Object... args) {
        return one(c, sql, rs -> rs.getLong(1), args).orElseThrow(() -> new StoreException("no row for " + sql));
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Instant t) {
                ps.setObject(i + 1, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
            } else if (a instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A nullable BIGINT column. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** "?, ?, ?" for an IN list. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static StoreException wrap(String sql, SQLException e) {
        return new SqlFailure(sql, e);
    }

    /** A StoreException that keeps the SQLException, so callers can tell retryable or duplicate-key failures. */
    static final class SqlFailure extends StoreException {
        private static final long serialVersionUID = 1L;

        SqlFailure(String sql, SQLException cause) {
            super(cause.getMessage() + " [" + sql.strip().replaceAll("\\s+", " ") + "]", cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
