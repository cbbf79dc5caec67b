package org.pushbox.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreValidAndDocumentedValues() {
        PushboxConfig config = PushboxConfig.defaults();
        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.publicUrl()).hasToString("http://localhost:8080");
        assertThat(config.easUrl()).isEqualTo("http://localhost:8080/Microsoft-Server-ActiveSync");
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.database()).isEmpty();
        assertThat(config.tls()).isEmpty();
        assertThat(config.maxBodyBytes()).isEqualTo(32 << 20);
        assertThat(config.heartbeatMin()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.heartbeatMax()).isEqualTo(Duration.ofSeconds(3540));
        assertThat(config.idleTimeout()).isGreaterThan(config.heartbeatMax());
        assertThat(config.demoAccount()).isTrue();
        assertThat(config.argon2MemoryKiB()).isEqualTo(65536);
    }

    @Test
    void fileIsReadAndEnvironmentOverridesIt() throws Exception {
        Path file = dir.resolve("pushbox.conf");
        Files.writeString(file, "# comment\nport = 9443\npublic-url=https://mail.example.org/\n"
                + "http.max-body-size=8m\ndb.url=jdbc:mariadb://db:3306/pushbox\ndb.user=pb\ndb.password=p ä ss\n",
                StandardCharsets.UTF_8);
        PushboxConfig config = ConfigLoader.load(file, Map.of("PUSHBOX_PORT", "9000", "PUSHBOX_DEMO_ACCOUNT", "off",
                "PUSHBOX_STRICT_TESTS", "true", "PUSHBOX_PING_HEARTBEAT_MAX", "1800"));
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.publicUrl()).hasToString("https://mail.example.org");
        assertThat(config.easUrl()).isEqualTo("https://mail.example.org/Microsoft-Server-ActiveSync");
        assertThat(config.maxBodyBytes()).isEqualTo(8 << 20);
        assertThat(config.demoAccount()).isFalse();
        assertThat(config.heartbeatMax()).isEqualTo(Duration.ofSeconds(1800));
        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:mariadb://db:3306/pushbox");
            assertThat(db.password()).isEqualTo("p ä ss");
            assertThat(db.toString()).doesNotContain("ä");
        });
    }

    @Test
    void environmentVariableNamesFollowTheKeys() {
        assertThat(ConfigKey.HTTP_MAX_BODY_SIZE.environmentVariable()).isEqualTo("PUSHBOX_HTTP_MAX_BODY_SIZE");
        assertThat(ConfigKey.BIND_ADDRESS.environmentVariable()).isEqualTo("PUSHBOX_BIND_ADDRESS");
    }

    @Test
    void unknownKeyInTheFileIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.conf"), "prot=1\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown config key 'prot'");
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent.conf"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read config file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port|70000|an integer from 0 to 65535",
        "port|80a|an integer from 0 to 65535",
        "http.max-body-size|12x|a size from",
        "http.max-body-size|2g|a size from",
        "executor.threads|0|an integer from 1",
        "demo-account|maybe|true or false",
        "public-url|ftp://example.org|an absolute http or https URL",
        "public-url|https://example.org/?q=1|an absolute http or https URL",
        "db.url|jdbc:postgresql://x/y|jdbc:mariadb",
        "tls.cert|/nonexistent/cert.pem|must be set together",
        "ping.heartbeat-max|4000|an integer from 1 to 3540",
        "bind-address|no-such-host.invalid|IP address",
    })
    void invalidValuesNameTheKeyTheSourceAndTheExpectation(String key, String value, String expected) {
        assertThatThrownBy(() -> ConfigLoader.fromValues(Map.of(key, value), "test"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(expected);
    }

    @Test
    void combinedRulesAreChecked() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.fromValues(Map.of("ping.heartbeat-min", "600", "ping.heartbeat-max", "300"), "t"))
                .hasMessageContaining("ping.heartbeat-min (600) is greater than ping.heartbeat-max (300)");
        assertThatThrownBy(() -> ConfigLoader.fromValues(Map.of("db.user", "x"), "t"))
                .hasMessageContaining("db.user set without db.url");
        Path cert = Files.writeString(dir.resolve("c.pem"), "x");
        assertThatThrownBy(() -> ConfigLoader.fromValues(Map.of("tls.cert", cert.toString(), "tls.key",
                dir.resolve("missing.pem").toString()), "t")).hasMessageContaining("tls.key").hasMessageContaining("readable");
        PushboxConfig tls = ConfigLoader.fromValues(Map.of("tls.cert", cert.toString(), "tls.key", cert.toString(),
                "port", "8443"), "t");
        assertThat(tls.publicUrl()).hasToString("https://localhost:8443");
    }

    @Test
    void sizesAcceptSuffixes() throws Exception {
        assertThat(ConfigLoader.fromValues(Map.of("http.max-body-size", "65536"), "t").maxBodyBytes()).isEqualTo(65536);
        assertThat(ConfigLoader.fromValues(Map.of("http.max-body-size", "64K"), "t").maxBodyBytes()).isEqualTo(65536);
        assertThat(ConfigLoader.fromValues(Map.of("auth.argon2-memory", "1m"), "t").argon2MemoryKiB()).isEqualTo(1024);
        assertThat(PushboxConfig.defaults().contactPictureMaxBytes()).isEqualTo(5 << 20);
        assertThat(ConfigLoader.fromValues(Map.of("pim.contact-picture-max-bytes", "48k"), "t").contactPictureMaxBytes())
                .isEqualTo(48 * 1024);
        assertThatThrownBy(() -> ConfigLoader.fromValues(Map.of("pim.contact-picture-max-bytes", "1"), "t"))
                .hasMessageContaining("pim.contact-picture-max-bytes");
    }

    @Test
    void adminTokenIsOffByDefaultAndNeverTooShortOrEchoed() throws Exception {
        assertThat(PushboxConfig.defaults().adminToken()).isEmpty();
        assertThat(ConfigLoader.fromValues(Map.of("admin.token", " 0123456789abcdef "), "t").adminToken())
                .isEqualTo("0123456789abcdef");
        assertThatThrownBy(() -> ConfigLoader.fromValues(Map.of("admin.token", "short-secret"), "t"))
                .hasMessageContaining("admin.token must be empty or at least 16 characters")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void everyKeyIsDocumented() throws Exception {
        Path docs = Path.of("..", "docs", "configuration.md");
        assertThat(docs).exists();
        String text = Files.readString(docs);
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(text).as(key.key()).contains("`" + key.key() + "`").contains(key.environmentVariable());
        }
    }
}
