package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pushbox.storage.jdbc.JdbcMailboxStore;
import org.pushbox.storage.migrate.Migrations;

interface MigrationContract extends StoreFixture {

    @Test
    default void migrationsAppliedOnTheEmptyDatabaseAndAgainAsANoOp() throws Exception {
        // The fixture's database was empty; opening the store applied every migration.
        JdbcMailboxStore store = (JdbcMailboxStore) store();
        try (var c = store.database().connection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("applied migrations").isGreaterThanOrEqualTo(1);
        }
        int again = Migrations.migrate(store.database().dataSource(), store.database().dialect().tableOptions());
        assertThat(again).as("second run").isZero();
    }
}
