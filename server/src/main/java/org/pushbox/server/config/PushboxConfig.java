package org.pushbox.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated server configuration. Build it with {@link ConfigLoader}; every value here has passed its
 * check, so the rest of the server never re-validates.
 *
 * @param bindAddress       address to listen on ({@code 0.0.0.0} = all IPv4 interfaces, {@code ::} = all)
 * @param port              TCP port; 0 picks a free one (tests)
 * @param publicUrl         the base URL clients reach the server at, without a trailing slash
 * @param dataDir           where the embedded database and other files live
 * @param database          the external database, when one is configured; empty = H2 under {@code dataDir}
 * @param dbPoolSize        JDBC connection pool size
 * @param tls               certificate and key, when the server terminates TLS itself
 * @param maxBodyBytes      largest request body; bigger requests get 413
 * @param maxHeaderBytes    largest header block (and request line); bigger requests get 431/414
 * @param executorThreads   worker threads for blocking work (JDBC, hashing, files)
 * @param executorQueue     tasks that may wait for a worker; beyond that the server answers 503
 * @param heartbeatMin      shortest Ping heartbeat a client may ask for
 * @param heartbeatMax      longest Ping heartbeat (and Sync Wait) a client may ask for
 * @param demoAccount       create a demo account when the store has no accounts
 * @param authCache         how long a verified credential is remembered; zero disables the cache
 * @param concurrentHashes  password hashes computed at the same time (each takes argon2Memory)
 * @param argon2MemoryKiB   Argon2id memory cost of new password hashes
 * @param argon2Iterations  Argon2id passes of new password hashes
 * @param policy            device policy and provisioning mode (docs/provisioning.md)
 * @param lmtp              the LMTP listener for mail delivery (docs/mail-in.md)
 * @param relay             how composed mail leaves: the SMTP relay, retries, size limit (docs/mail-out.md)
 * @param contactPictureMaxBytes largest contact picture a device may sync (docs/data-classes.md)
 * @param smtp              the SMTP listener for direct delivery (docs/mail-in.md)
 * @param adminToken        bearer token of the admin HTTP endpoint (docs/import-export.md); empty = disabled
 */
public record PushboxConfig(
        String bindAddress,
        int port,
        URI publicUrl,
        Path dataDir,
        Optional<Database> database,
        int dbPoolSize,
        Optional<TlsFiles> tls,
        int maxBodyBytes,
        int maxHeaderBytes,
        int executorThreads,
        int executorQueue,
        Duration heartbeatMin,
        Duration heartbeatMax,
        boolean demoAccount,
        Duration authCache,
        int concurrentHashes,
        int argon2MemoryKiB,
        int argon2Iterations,
        PolicySettings policy,
        LmtpSettings lmtp,
        RelaySettings relay,
        int contactPictureMaxBytes,
        SmtpSettings smtp,
        String adminToken) {

    /** The path of the EAS endpoint, relative to {@link #publicUrl()}. */
    public static final String EAS_PATH = "/Microsoft-Server-ActiveSync";

    /** Held requests may stay silent for the longest heartbeat; the margin covers processing and slow links. */
    static final Duration IDLE_MARGIN = Duration.ofMinutes(2);

    public PushboxConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(heartbeatMin, "heartbeatMin");
        Objects.requireNonNull(heartbeatMax, "heartbeatMax");
        Objects.requireNonNull(authCache, "authCache");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lmtp, "lmtp");
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(adminToken, "adminToken");
    }

    /** A JDBC URL with its credentials. */
    public record Database(String url, String user, String password) {
        public Database {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Database[" + url + ", user=" + user + "]";
        }
    }

    /** PEM files: the certificate (chain) and its private key. */
    public record TlsFiles(Path certificate, Path privateKey) {
        public TlsFiles {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }

    /** The URL a client syncs with, as Autodiscover announces it. */
    public String easUrl() {
        return publicUrl + EAS_PATH;
    }

    /** How long a connection may be silent in both directions before the server closes it. */
    public Duration idleTimeout() {
        return heartbeatMax.plus(IDLE_MARGIN);
    }

    /** The configuration with every key at its default, ignoring the environment. */
    public static PushboxConfig defaults() {
        try {
            return ConfigLoader.fromValues(java.util.Map.of(), "defaults");
        } catch (ConfigException e) {
            throw new IllegalStateException("the built-in defaults do not validate", e);
        }
    }
}
