package org.pushbox.server.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pushbox.server.config.PushboxConfig.Database;
import org.pushbox.server.config.PushboxConfig.TlsFiles;

/**
 * Reads {@code pushbox.conf} (Java properties, UTF-8), lets {@code PUSHBOX_*} environment variables
 * override it, and validates the result into a {@link PushboxConfig}. Unknown keys in the file are an
 * error (a typo must not silently fall back to a default); unknown {@code PUSHBOX_*} variables are
 * ignored, because the launcher and the tests use that prefix for their own settings.
 */
public final class ConfigLoader {

    /** The EAS spec's heartbeat range (seconds); a server may narrow it, never widen it. */
    static final int SPEC_HEARTBEAT_MIN = 1;
    static final int SPEC_HEARTBEAT_MAX = 3540;
    /** The aggregator keeps a request in memory: stay far below the int range. */
    static final long MAX_BODY_LIMIT = 1L << 30;
    /** Delivered mail is spooled to disk, never held: the bound is a policy, not a memory limit. */
    static final long MAX_MESSAGE_LIMIT = 4L << 30;

    private ConfigLoader() {
    }

    /** Loads {@code file} (when not null) with {@code environment} overrides, then validates. */
    public static PushboxConfig load(Path file, Map<String, String> environment) throws ConfigException {
        Map<String, String> fileValues = file == null ? Map.of() : readFile(file);
        Map<ConfigKey, ConfigValue> values = new EnumMap<>(ConfigKey.class);
        String fileSource = file == null ? null : "file " + file;
        fileValues.forEach((key, value) -> values.put(ConfigKey.byKey(key).orElseThrow(),
                new ConfigValue(ConfigKey.byKey(key).orElseThrow(), value, fileSource)));
        for (ConfigKey key : ConfigKey.values()) {
            String env = environment.get(key.environmentVariable());
            if (env != null) {
                values.put(key, new ConfigValue(key, env, "environment " + key.environmentVariable()));
            }
        }
        return validate(values);
    }

    /** Validates plain key/value pairs, e.g. for tests; {@code source} names them in error messages. */
    public static PushboxConfig fromValues(Map<String, String> settings, String source) throws ConfigException {
        Map<ConfigKey, ConfigValue> values = new EnumMap<>(ConfigKey.class);
        for (Map.Entry<String, String> entry : settings.entrySet()) {
            ConfigKey key = ConfigKey.byKey(entry.getKey())
                    .orElseThrow(() -> unknownKey(entry.getKey(), source));
            values.put(key, new ConfigValue(key, entry.getValue(), source));
        }
        return validate(values);
    }

    private static Map<String, String> readFile(Path file) throws ConfigException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new ConfigException("cannot read config file " + file + ": it is not UTF-8 text");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (ConfigKey.byKey(name).isEmpty()) {
                throw unknownKey(name, "file " + file);
            }
            values.put(name, properties.getProperty(name));
        }
        return values;
    }

    private static ConfigException unknownKey(String name, String source) {
        String known = Stream.of(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", "));
        return new ConfigException("unknown config key '" + name + "' in " + source + "; known keys: " + known);
    }

    private static PushboxConfig validate(Map<ConfigKey, ConfigValue> given) throws ConfigException {
        Map<ConfigKey, ConfigValue> v = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            v.put(key, given.getOrDefault(key, new ConfigValue(key, key.defaultValue(), "default")));
        }
        String bindAddress = bindAddress(v.get(ConfigKey.BIND_ADDRESS));
        int port = v.get(ConfigKey.PORT).intIn(0, 65535);
        Optional<TlsFiles> tls = tls(v.get(ConfigKey.TLS_CERT), v.get(ConfigKey.TLS_KEY));
        URI publicUrl = publicUrl(v.get(ConfigKey.PUBLIC_URL), bindAddress, port, tls.isPresent());
        Path dataDir = path(v.get(ConfigKey.DATA_DIR));
        Optional<Database> database = database(v.get(ConfigKey.DB_URL), v.get(ConfigKey.DB_USER),
                v.get(ConfigKey.DB_PASSWORD));
        int minHeartbeat = v.get(ConfigKey.PING_HEARTBEAT_MIN).intIn(SPEC_HEARTBEAT_MIN, SPEC_HEARTBEAT_MAX);
        int maxHeartbeat = v.get(ConfigKey.PING_HEARTBEAT_MAX).intIn(SPEC_HEARTBEAT_MIN, SPEC_HEARTBEAT_MAX);
        if (minHeartbeat > maxHeartbeat) {
            throw new ConfigException(ConfigKey.PING_HEARTBEAT_MIN.key() + " (" + minHeartbeat + ") is greater than "
                    + ConfigKey.PING_HEARTBEAT_MAX.key() + " (" + maxHeartbeat + ")");
        }
        return new PushboxConfig(
                bindAddress,
                port,
                publicUrl,
                dataDir,
                database,
                v.get(ConfigKey.DB_POOL_SIZE).intIn(1, 1000),
                tls,
                (int) v.get(ConfigKey.HTTP_MAX_BODY_SIZE).bytesIn(1024, MAX_BODY_LIMIT),
                (int) v.get(ConfigKey.HTTP_MAX_HEADER_SIZE).bytesIn(1024, 1 << 20),
                v.get(ConfigKey.EXECUTOR_THREADS).intIn(1, 1024),
                v.get(ConfigKey.EXECUTOR_QUEUE).intIn(1, 1_000_000),
                Duration.ofSeconds(minHeartbeat),
                Duration.ofSeconds(maxHeartbeat),
                v.get(ConfigKey.DEMO_ACCOUNT).bool(),
                Duration.ofSeconds(v.get(ConfigKey.AUTH_CACHE_SECONDS).intIn(0, 86_400)),
                v.get(ConfigKey.AUTH_CONCURRENT_HASHES).intIn(1, 1024),
                (int) (v.get(ConfigKey.AUTH_ARGON2_MEMORY).bytesIn(8 << 10, 4L << 30) >> 10),
                v.get(ConfigKey.AUTH_ARGON2_ITERATIONS).intIn(1, 100),
                policy(v),
                lmtp(v),
                relay(v, publicUrl),
                (int) v.get(ConfigKey.PIM_CONTACT_PICTURE_MAX_BYTES).bytesIn(1024, MAX_BODY_LIMIT),
                smtp(v),
                adminToken(v.get(ConfigKey.ADMIN_TOKEN)));
    }

    /** Empty (endpoint off) or a token long enough not to be guessed. */
    private static String adminToken(ConfigValue value) throws ConfigException {
        String token = value.text().trim();
        if (!token.isEmpty() && token.length() < MIN_ADMIN_TOKEN) {
            // Not value.invalid(): that would print the secret.
            throw new ConfigException(ConfigKey.ADMIN_TOKEN.key() + " must be empty or at least " + MIN_ADMIN_TOKEN
                    + " characters long");
        }
        return token;
    }

    private static PolicySettings policy(Map<ConfigKey, ConfigValue> v) throws ConfigException {
        ConfigValue mode = v.get(ConfigKey.POLICY_MODE);
        boolean enforce = switch (mode.text().toLowerCase(Locale.ROOT)) {
            case "enforce" -> true;
            case "none" -> false;
            default -> throw mode.invalid("enforce or none");
        };
        ConfigValue attachment = v.get(ConfigKey.POLICY_MAX_ATTACHMENT_SIZE);
        return new PolicySettings(enforce,
                v.get(ConfigKey.POLICY_ALLOW_NON_COMPLIANT_DEVICES).bool(),
                v.get(ConfigKey.POLICY_PASSWORD_REQUIRED).bool(),
                optionalInt(v.get(ConfigKey.POLICY_PASSWORD_MIN_LENGTH), 1, 16),
                v.get(ConfigKey.POLICY_PASSWORD_ALPHANUMERIC).bool(),
                optionalInt(v.get(ConfigKey.POLICY_PASSWORD_COMPLEX_CHARACTERS), 1, 4),
                optionalInt(v.get(ConfigKey.POLICY_PASSWORD_MAX_FAILED_ATTEMPTS), 4, 16),
                optionalInt(v.get(ConfigKey.POLICY_PASSWORD_EXPIRATION_DAYS), 0, 730),
                optionalInt(v.get(ConfigKey.POLICY_PASSWORD_HISTORY), 0, 50),
                v.get(ConfigKey.POLICY_ALLOW_SIMPLE_PASSWORD).bool(),
                optionalInt(v.get(ConfigKey.POLICY_MAX_INACTIVITY_SECONDS), 1, 9999),
                v.get(ConfigKey.POLICY_REQUIRE_ENCRYPTION).bool(),
                v.get(ConfigKey.POLICY_ATTACHMENTS_ENABLED).bool(),
                attachment.isSet() ? (int) attachment.bytesIn(1, Integer.MAX_VALUE) : null,
                v.get(ConfigKey.POLICY_PASSWORD_RECOVERY).bool());
    }

    static final int MIN_ADMIN_TOKEN = 16;

    private static LmtpSettings lmtp(Map<ConfigKey, ConfigValue> v) throws ConfigException {
        return new LmtpSettings(v.get(ConfigKey.LMTP_ENABLED).bool(),
                bindAddress(v.get(ConfigKey.LMTP_BIND_ADDRESS)),
                v.get(ConfigKey.LMTP_PORT).intIn(0, 65535),
                v.get(ConfigKey.LMTP_MAX_MESSAGE_SIZE).bytesIn(1024, MAX_MESSAGE_LIMIT));
    }

    private static RelaySettings relay(Map<ConfigKey, ConfigValue> v, URI publicUrl) throws ConfigException {
        ConfigValue host = v.get(ConfigKey.RELAY_HOST);
        ConfigValue securityValue = v.get(ConfigKey.RELAY_SECURITY);
        RelaySettings.Security security = switch (securityValue.text().toLowerCase(Locale.ROOT)) {
            case "none" -> RelaySettings.Security.NONE;
            case "starttls" -> RelaySettings.Security.STARTTLS;
            case "tls" -> RelaySettings.Security.TLS;
            default -> throw securityValue.invalid("none, starttls or tls");
        };
        ConfigValue user = v.get(ConfigKey.RELAY_USERNAME);
        ConfigValue password = v.get(ConfigKey.RELAY_PASSWORD);
        if (user.isSet() != password.isSet()) {
            throw new ConfigException(ConfigKey.RELAY_USERNAME.key() + " and " + ConfigKey.RELAY_PASSWORD.key()
                    + " must be set together");
        }
        Optional<String> relayHost = host.isSet() ? Optional.of(host.text()) : Optional.empty();
        if (relayHost.isPresent() && (relayHost.get().chars().anyMatch(c -> c <= ' ') || relayHost.get().contains("/"))) {
            throw host.invalid("a host name or IP address, e.g. smtp.example.org");
        }
        if (user.isSet() && security == RelaySettings.Security.NONE && relayHost.isPresent()
                && !isLoopback(relayHost.get())) {
            throw new ConfigException(ConfigKey.RELAY_USERNAME.key() + " is set but " + ConfigKey.RELAY_SECURITY.key()
                    + " is none: the password would cross the network in clear; use starttls or tls");
        }
        ConfigValue helo = v.get(ConfigKey.RELAY_HELO);
        if (helo.isSet() && !helo.text().matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            throw helo.invalid("a host name, e.g. mail.example.org");
        }
        ConfigValue trust = v.get(ConfigKey.RELAY_TLS_TRUST);
        Duration retryFirst = seconds(v.get(ConfigKey.RELAY_RETRY_FIRST), 1, 86_400);
        Duration retryMax = seconds(v.get(ConfigKey.RELAY_RETRY_MAX), 1, 7 * 86_400);
        if (retryFirst.compareTo(retryMax) > 0) {
            throw new ConfigException(ConfigKey.RELAY_RETRY_FIRST.key() + " (" + retryFirst.toSeconds()
                    + ") is greater than " + ConfigKey.RELAY_RETRY_MAX.key() + " (" + retryMax.toSeconds() + ")");
        }
        return new RelaySettings(relayHost,
                v.get(ConfigKey.RELAY_PORT).intIn(1, 65535),
                security,
                user.isSet() ? Optional.of(new RelaySettings.Credentials(user.text(), password.raw()))
                        : Optional.empty(),
                helo.isSet() ? helo.text() : publicUrl.getHost(),
                trust.isSet() ? Optional.of(readableFile(trust)) : Optional.empty(),
                seconds(v.get(ConfigKey.RELAY_CONNECT_TIMEOUT), 1, 3600),
                seconds(v.get(ConfigKey.RELAY_TIMEOUT), 1, 3600),
                retryFirst,
                retryMax,
                seconds(v.get(ConfigKey.RELAY_GIVE_UP_AFTER), 60, 30 * 86_400),
                v.get(ConfigKey.MAIL_OUT_MAX_SIZE).bytesIn(1024, MAX_BODY_LIMIT));
    }

    private static Duration seconds(ConfigValue value, int min, int max) throws ConfigException {
        return Duration.ofSeconds(value.intIn(min, max));
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static SmtpSettings smtp(Map<ConfigKey, ConfigValue> v) throws ConfigException {
        return new SmtpSettings(v.get(ConfigKey.SMTP_ENABLED).bool(),
                bindAddress(v.get(ConfigKey.SMTP_BIND_ADDRESS)),
                v.get(ConfigKey.SMTP_PORT).intIn(0, 65535),
                v.get(ConfigKey.SMTP_MAX_MESSAGE_SIZE).bytesIn(1024, MAX_MESSAGE_LIMIT),
                v.get(ConfigKey.SMTP_MAX_CONNECTIONS).intIn(1, 100_000));
    }

    /** An integer in range, or null ("no limit") when the value is empty. */
    private static Integer optionalInt(ConfigValue value, int min, int max) throws ConfigException {
        return value.isSet() ? value.intIn(min, max) : null;
    }

    private static String bindAddress(ConfigValue value) throws ConfigException {
        if (!value.isSet()) {
            throw value.invalid("an IP address or host name, e.g. 0.0.0.0 or 127.0.0.1");
        }
        try {
            InetAddress.getByName(value.text());
            return value.text();
        } catch (UnknownHostException e) {
            throw value.invalid("an IP address or a resolvable host name");
        }
    }

    private static URI publicUrl(ConfigValue value, String bindAddress, int port, boolean tls)
            throws ConfigException {
        String expected = "an absolute http or https URL without query, e.g. https://mail.example.org";
        if (!value.isSet()) {
            String host = isWildcard(bindAddress) ? "localhost" : bindAddress.contains(":") ? "[" + bindAddress + "]"
                    : bindAddress;
            return URI.create((tls ? "https" : "http") + "://" + host + ":" + port);
        }
        URI uri;
        try {
            uri = new URI(value.text());
        } catch (URISyntaxException e) {
            throw value.invalid(expected);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw value.invalid(expected);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    private static boolean isWildcard(String address) {
        try {
            return InetAddress.getByName(address).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Path path(ConfigValue value) throws ConfigException {
        if (!value.isSet()) {
            throw value.invalid("a directory path");
        }
        try {
            return Path.of(value.text());
        } catch (InvalidPathException e) {
            throw value.invalid("a directory path");
        }
    }

    private static Optional<TlsFiles> tls(ConfigValue cert, ConfigValue key) throws ConfigException {
        if (!cert.isSet() && !key.isSet()) {
            return Optional.empty();
        }
        if (cert.isSet() != key.isSet()) {
            throw new ConfigException(ConfigKey.TLS_CERT.key() + " and " + ConfigKey.TLS_KEY.key()
                    + " must be set together (cert from " + cert.source() + ", key from " + key.source() + ")");
        }
        return Optional.of(new TlsFiles(readableFile(cert), readableFile(key)));
    }

    private static Path readableFile(ConfigValue value) throws ConfigException {
        Path path = path(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw value.invalid("a readable PEM file (create one with: pushbox cert self-signed)");
        }
        return path;
    }

    private static Optional<Database> database(ConfigValue url, ConfigValue user, ConfigValue password)
            throws ConfigException {
        if (!url.isSet()) {
            Set<String> strays = new TreeSet<>();
            if (user.isSet()) {
                strays.add(user.key().key());
            }
            if (password.isSet()) {
                strays.add(password.key().key());
            }
            if (!strays.isEmpty()) {
                throw new ConfigException(String.join(" and ", strays) + " set without " + ConfigKey.DB_URL.key()
                        + "; the embedded database needs neither");
            }
            return Optional.empty();
        }
        String text = url.text();
        if (!text.startsWith("jdbc:mariadb:") && !text.startsWith("jdbc:h2:")) {
            throw url.invalid("a jdbc:mariadb://host:port/database URL (or a jdbc:h2: URL)");
        }
        return Optional.of(new Database(text, user.text(), password.raw()));
    }
}
