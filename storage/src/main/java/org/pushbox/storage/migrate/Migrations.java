package org.pushbox.storage.migrate;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway, from {@code db/migration} on the class
 * path. Running it on an up-to-date database does nothing.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Migrates and returns how many migrations were applied (0 when already current).
     *
     * @param tableOptions text appended to each CREATE TABLE (engine, charset, collation), empty on H2
     */
    public static int migrate(DataSource dataSource, String tableOptions) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(Map.of("table_options", tableOptions))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
