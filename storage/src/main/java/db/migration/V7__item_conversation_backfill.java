package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.jdbc.ConversationColumn;
import org.pushbox.storage.jdbc.PropertyCodec;

/**
 * Fills {@code item.conversation_id} (added by V6) for the messages stored before it, from their
 * properties, with the rule every later write uses, so old and new rows agree. Reads in pages by id so
 * that a large mailbox is never held in memory. Flyway finds this class by its package.
 */
public class V7__item_conversation_backfill extends BaseJavaMigration {

    private static final int PAGE = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement select = c.prepareStatement("SELECT id, properties FROM item WHERE item_class = ? "
                + "AND id > ? ORDER BY id LIMIT " + PAGE);
                PreparedStatement update = c.prepareStatement("UPDATE item SET conversation_id = ? WHERE id = ?")) {
            long after = 0;
            int read;
            do {
                select.setInt(1, ItemClass.EMAIL.code());
                select.setLong(2, after);
                read = 0;
                int updates = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getLong(1);
                        byte[] id = ConversationColumn.of(PropertyCodec.decode(rs.getString(2)));
                        if (id != null) {
                            update.setBytes(1, id);
                            update.setLong(2, after);
                            update.addBatch();
                            updates++;
                        }
                    }
                }
                if (updates > 0) {
                    update.executeBatch();
                }
            } while (read == PAGE);
        }
    }
}
