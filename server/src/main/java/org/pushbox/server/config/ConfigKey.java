package org.pushbox.server.config;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every key of {@code pushbox.conf}, with its default. docs/configuration.md describes each one; a test
 * keeps the two in step. An environment variable {@code PUSHBOX_<KEY>} (upper case, '.' and '-' as '_')
 * overrides the file.
 */
public enum ConfigKey {
    BIND_ADDRESS("bind-address", "0.0.0.0"),
    PORT("port", "8080"),
    PUBLIC_URL("public-url", ""),
    DATA_DIR("data-dir", "data"),
    DB_URL("db.url", ""),
    DB_USER("db.user", ""),
    DB_PASSWORD("db.password", ""),
    DB_POOL_SIZE("db.pool-size", "10"),
    TLS_CERT("tls.cert", ""),
    TLS_KEY("tls.key", ""),
    HTTP_MAX_BODY_SIZE("http.max-body-size", "32m"),
    HTTP_MAX_HEADER_SIZE("http.max-header-size", "16k"),
    EXECUTOR_THREADS("executor.threads", "16"),
    EXECUTOR_QUEUE("executor.queue", "256"),
    PING_HEARTBEAT_MIN("ping.heartbeat-min", "60"),
    PING_HEARTBEAT_MAX("ping.heartbeat-max", "3540"),
    DEMO_ACCOUNT("demo-account", "true"),
    AUTH_CACHE_SECONDS("auth.cache-seconds", "300"),
    AUTH_CONCURRENT_HASHES("auth.concurrent-hashes", "4"),
    AUTH_ARGON2_MEMORY("auth.argon2-memory", "64m"),
    AUTH_ARGON2_ITERATIONS("auth.argon2-iterations", "3"),
    POLICY_MODE("policy.mode", "enforce"),
    POLICY_ALLOW_NON_COMPLIANT_DEVICES("policy.allow-non-compliant-devices", "true"),
    POLICY_PASSWORD_REQUIRED("policy.password-required", "false"),
    POLICY_PASSWORD_MIN_LENGTH("policy.password-min-length", ""),
    POLICY_PASSWORD_ALPHANUMERIC("policy.password-alphanumeric", "false"),
    POLICY_PASSWORD_COMPLEX_CHARACTERS("policy.password-complex-characters", "1"),
    POLICY_PASSWORD_MAX_FAILED_ATTEMPTS("policy.password-max-failed-attempts", ""),
    POLICY_PASSWORD_EXPIRATION_DAYS("policy.password-expiration-days", ""),
    POLICY_PASSWORD_HISTORY("policy.password-history", "0"),
    POLICY_ALLOW_SIMPLE_PASSWORD("policy.allow-simple-password", "true"),
    POLICY_MAX_INACTIVITY_SECONDS("policy.max-inactivity-seconds", ""),
    POLICY_REQUIRE_ENCRYPTION("policy.require-encryption", "false"),
    POLICY_ATTACHMENTS_ENABLED("policy.attachments-enabled", "true"),
    POLICY_MAX_ATTACHMENT_SIZE("policy.max-attachment-size", ""),
    POLICY_PASSWORD_RECOVERY("policy.password-recovery", "false"),
    LMTP_ENABLED("lmtp.enabled", "false"),
    LMTP_BIND_ADDRESS("lmtp.bind-address", "127.0.0.1"),
    LMTP_PORT("lmtp.port", "2424"),
    LMTP_MAX_MESSAGE_SIZE("lmtp.max-message-size", "64m"),
    RELAY_HOST("relay.host", ""),
    RELAY_PORT("relay.port", "25"),
    RELAY_SECURITY("relay.security", "starttls"),
    RELAY_USERNAME("relay.username", ""),
    RELAY_PASSWORD("relay.password", ""),
    RELAY_HELO("relay.helo", ""),
    RELAY_TLS_TRUST("relay.tls-trust", ""),
    RELAY_CONNECT_TIMEOUT("relay.connect-timeout", "30"),
    RELAY_TIMEOUT("relay.timeout", "300"),
    RELAY_RETRY_FIRST("relay.retry-first", "60"),
    RELAY_RETRY_MAX("relay.retry-max", "3600"),
    RELAY_GIVE_UP_AFTER("relay.give-up-after", "432000"),
    MAIL_OUT_MAX_SIZE("mail.out.max-size", "50m"),
    PIM_CONTACT_PICTURE_MAX_BYTES("pim.contact-picture-max-bytes", "5m"),
    SMTP_ENABLED("smtp.enabled", "false"),
    SMTP_BIND_ADDRESS("smtp.bind-address", "0.0.0.0"),
    SMTP_PORT("smtp.port", "2525"),
    SMTP_MAX_MESSAGE_SIZE("smtp.max-message-size", "64m"),
    SMTP_MAX_CONNECTIONS("smtp.max-connections", "100"),
    ADMIN_TOKEN("admin.token", "");

    private final String key;
    private final String defaultValue;

    ConfigKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    /** The name used in the config file, e.g. {@code http.max-body-size}. */
    public String key() {
        return key;
    }

    /** The value used when neither the file nor the environment sets the key; empty means "not set". */
    public String defaultValue() {
        return defaultValue;
    }

    /** The overriding environment variable, e.g. {@code PUSHBOX_HTTP_MAX_BODY_SIZE}. */
    public String environmentVariable() {
        return "PUSHBOX_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static Optional<ConfigKey> byKey(String key) {
        return Stream.of(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
