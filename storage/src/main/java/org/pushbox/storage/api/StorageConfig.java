package org.pushbox.storage.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how to store: a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:mariadb://...}), the
 * credentials, the connection pool size and the password-hash cost.
 */
public record StorageConfig(String jdbcUrl, String user, String password, int maxPoolSize,
        PasswordHashing passwordHashing) {

    public StorageConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be positive");
        }
        passwordHashing = passwordHashing == null ? PasswordHashing.DEFAULT : passwordHashing;
    }

    /** The embedded default: an H2 file database {@code pushbox.mv.db} in {@code dataDir}, in MariaDB mode. */
    public static StorageConfig embedded(Path dataDir) {
        return new StorageConfig(h2Url(dataDir.toAbsolutePath().resolve("pushbox").toString()), "sa", "", 10,
                PasswordHashing.DEFAULT);
    }

    /** The H2 URL for a database file path (without extension), with the settings the store relies on. */
    public static String h2Url(String path) {
        return "jdbc:h2:file:" + path + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=20000";
    }

    /** A MariaDB server, e.g. {@code jdbc:mariadb://db.example.org:3306/pushbox}. */
    public static StorageConfig mariadb(String jdbcUrl, String user, String password) {
        return new StorageConfig(jdbcUrl, user, password, 20, PasswordHashing.DEFAULT);
    }

    public StorageConfig withPasswordHashing(PasswordHashing hashing) {
        return new StorageConfig(jdbcUrl, user, password, maxPoolSize, hashing);
    }

    public StorageConfig withMaxPoolSize(int size) {
        return new StorageConfig(jdbcUrl, user, password, size, passwordHashing);
    }

    @Override
    public String toString() {
        return "StorageConfig[" + jdbcUrl + ", user=" + user + ", pool=" + maxPoolSize + "]";
    }
}
