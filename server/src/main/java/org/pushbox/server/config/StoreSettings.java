package org.pushbox.server.config;

import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.StorageConfig;

/** The storage module's settings for a server configuration: embedded H2 by default, MariaDB when set. */
public final class StoreSettings {

    private StoreSettings() {
    }

    public static StorageConfig of(PushboxConfig config) {
        StorageConfig storage = config.database()
                .map(db -> new StorageConfig(db.url(), db.user(), db.password(), config.dbPoolSize(), null))
                .orElseGet(() -> StorageConfig.embedded(config.dataDir()));
        return storage.withMaxPoolSize(config.dbPoolSize())
                .withPasswordHashing(new PasswordHashing(config.argon2MemoryKiB(), config.argon2Iterations(), 1));
    }
}
