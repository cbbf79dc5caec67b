package org.pushbox.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.config.RelaySettings.Security;

/** The {@code relay.*} and {@code mail.out.*} keys. */
class RelaySettingsTest {

    @TempDir
    Path dir;

    static RelaySettings relay(Map<String, String> values) throws ConfigException {
        return ConfigLoader.fromValues(values, "test").relay();
    }

    @Test
    void defaultsMeanNoRelayAndTheDocumentedValues() {
        RelaySettings r = PushboxConfig.defaults().relay();
        assertThat(r.enabled()).isFalse();
        assertThat(r.host()).isEmpty();
        assertThat(r.port()).isEqualTo(25);
        assertThat(r.security()).isEqualTo(Security.STARTTLS);
        assertThat(r.credentials()).isEmpty();
        assertThat(r.helo()).isEqualTo("localhost");
        assertThat(r.trustFile()).isEmpty();
        assertThat(r.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(r.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.retryFirst()).isEqualTo(Duration.ofMinutes(1));
        assertThat(r.retryMax()).isEqualTo(Duration.ofHours(1));
        assertThat(r.giveUpAfter()).isEqualTo(Duration.ofDays(5));
        assertThat(r.maxMessageBytes()).isEqualTo(50L << 20);
    }

    @Test
    void everyKeyIsRead() throws Exception {
        Path trust = dir.resolve("ca.pem");
        Files.writeString(trust, "not parsed here");
        Map<String, String> v = new HashMap<>();
        v.put("public-url", "https://mail.example.org");
        v.put("relay.host", "smtp.provider.example");
        v.put("relay.port", "465");
        v.put("relay.security", "TLS");
        v.put("relay.username", "pushbox@example.org");
        v.put("relay.password", " spaced secret ");
        v.put("relay.tls-trust", trust.toString());
        v.put("relay.connect-timeout", "10");
        v.put("relay.timeout", "120");
        v.put("relay.retry-first", "30");
        v.put("relay.retry-max", "7200");
        v.put("relay.give-up-after", "86400");
        v.put("mail.out.max-size", "20m");
        RelaySettings r = relay(v);
        assertThat(r.host()).contains("smtp.provider.example");
        assertThat(r.port()).isEqualTo(465);
        assertThat(r.security()).isEqualTo(Security.TLS);
        assertThat(r.credentials()).contains(new RelaySettings.Credentials("pushbox@example.org", " spaced secret "));
        assertThat(r.credentials().orElseThrow().toString()).doesNotContain("secret");
        assertThat(r.helo()).as("from public-url").isEqualTo("mail.example.org");
        assertThat(r.trustFile()).contains(trust);
        assertThat(r.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(r.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(r.retryFirst()).isEqualTo(Duration.ofSeconds(30));
        assertThat(r.retryMax()).isEqualTo(Duration.ofHours(2));
        assertThat(r.giveUpAfter()).isEqualTo(Duration.ofDays(1));
        assertThat(r.maxMessageBytes()).isEqualTo(20L << 20);
        assertThat(relay(Map.of("relay.helo", "out.example.org")).helo()).isEqualTo("out.example.org");
    }

    @Test
    void aPasswordNeverCrossesTheNetworkInClear() throws Exception {
        assertThatThrownBy(() -> relay(Map.of("relay.host", "smtp.example.org", "relay.security", "none",
                "relay.username", "u", "relay.password", "p")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("in clear");
        assertThat(relay(Map.of("relay.host", "127.0.0.1", "relay.security", "none", "relay.username", "u",
                "relay.password", "p")).credentials()).isPresent();
    }

    @Test
    void badValuesNameTheirKey() {
        assertRefused(Map.of("relay.security", "ssl"), "relay.security");
        assertRefused(Map.of("relay.username", "u"), "relay.username and relay.password");
        assertRefused(Map.of("relay.password", "p"), "relay.username and relay.password");
        assertRefused(Map.of("relay.port", "0"), "relay.port");
        assertRefused(Map.of("relay.host", "smtp example.org"), "relay.host");
        assertRefused(Map.of("relay.helo", "bad helo"), "relay.helo");
        assertRefused(Map.of("relay.tls-trust", dir.resolve("missing.pem").toString()), "relay.tls-trust");
        assertRefused(Map.of("relay.retry-first", "600", "relay.retry-max", "60"), "relay.retry-first");
        assertRefused(Map.of("relay.give-up-after", "10"), "relay.give-up-after");
        assertRefused(Map.of("relay.timeout", "0"), "relay.timeout");
        assertRefused(Map.of("mail.out.max-size", "2g"), "mail.out.max-size");
    }

    private static void assertRefused(Map<String, String> values, String named) {
        assertThatThrownBy(() -> relay(values)).as(values.toString()).isInstanceOf(ConfigException.class)
                .hasMessageContaining(named);
    }

    @Test
    void withRelayPointsElsewhereKeepingTheRest() {
        RelaySettings r = PushboxConfig.defaults().relay().withRelay("127.0.0.1", 2525);
        assertThat(r.host()).isEqualTo(Optional.of("127.0.0.1"));
        assertThat(r.port()).isEqualTo(2525);
        assertThat(r.security()).isEqualTo(Security.STARTTLS);
    }
}
