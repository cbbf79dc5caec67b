package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.OutOfOffice;
import org.pushbox.storage.api.OutOfOffice.Reply;

/** Out-of-office settings in table {@code account_oof}: one row per account, each reply in three columns. */
final class OutOfOfficeRows {

    /** Column prefixes of the three replies, in the order of the record's components. */
    private static final String[] REPLIES = {"internal", "known", "external"};

    private OutOfOfficeRows() {
    }

    static Optional<OutOfOffice> read(Connection c, long accountId) {
        return Sql.one(c, "SELECT * FROM account_oof WHERE account_id = ?", OutOfOfficeRows::settings, accountId);
    }

    static void write(Connection c, Instant now, long accountId, OutOfOffice oof) {
        // The account row lock serialises two first saves of one account: no duplicate insert.
        if (Sql.one(c, "SELECT id FROM account WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), accountId).isEmpty()) {
            throw new NotFoundException("no account " + accountId);
        }
        List<Object> values = new ArrayList<>(List.of(oof.state().code()));
        values.add(oof.start());
        values.add(oof.end());
        for (Reply reply : List.of(oof.internal(), oof.externalKnown(), oof.externalUnknown())) {
            values.add(reply.enabled());
            values.add(reply.html());
            values.add(reply.message());
        }
        values.add(now);
        values.add(accountId);
        List<String> columns = new ArrayList<>(List.of("state", "start_time", "end_time"));
        for (String prefix : REPLIES) {
            columns.addAll(List.of(prefix + "_enabled", prefix + "_html", prefix + "_message"));
        }
        columns.addAll(List.of("updated_at", "account_id"));
        String assignments = String.join(" = ?, ", columns.subList(0, columns.size() - 1)) + " = ?";
        if (Sql.update(c, "UPDATE account_oof SET " + assignments + " WHERE account_id = ?", values.toArray()) == 0) {
            Sql.update(c, "INSERT INTO account_oof (" + String.join(", ", columns) + ") VALUES ("
                    + Sql.marks(columns.size()) + ")", values.toArray());
        }
    }

    private static OutOfOffice settings(ResultSet rs) throws SQLException {
        return new OutOfOffice(OutOfOffice.State.ofCode(rs.getInt("state")), Sql.instant(rs, "start_time"),
                Sql.instant(rs, "end_time"), reply(rs, REPLIES[0]), reply(rs, REPLIES[1]), reply(rs, REPLIES[2]));
    }

    private static Reply reply(ResultSet rs, String prefix) throws SQLException {
        return new Reply(rs.getInt(prefix + "_enabled") == 1, rs.getString(prefix + "_message"),
                rs.getInt(prefix + "_html") == 1);
    }
}
