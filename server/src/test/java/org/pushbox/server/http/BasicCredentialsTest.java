package org.pushbox.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    static String header(byte[] raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void utf8IsPreferred() {
        assertThat(BasicCredentials.parse(header("jürgen:пароль:x".getBytes(StandardCharsets.UTF_8))))
                .contains(new BasicCredentials("jürgen", "пароль:x"));
    }

    @Test
    void bytesThatAreNotUtf8AreLatin1() {
        assertThat(BasicCredentials.parse(header("CORP\\jürgen:Grüße".getBytes(StandardCharsets.ISO_8859_1))))
                .contains(new BasicCredentials("CORP\\jürgen", "Grüße"));
    }

    @Test
    void schemeIsCaseInsensitiveAndPasswordMayBeEmpty() {
        assertThat(BasicCredentials.parse("basic " + Base64.getEncoder().encodeToString("a:".getBytes(StandardCharsets.UTF_8))))
                .contains(new BasicCredentials("a", ""));
    }

    @Test
    void malformedHeadersAreAbsentCredentials() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic")).isEmpty();
        assertThat(BasicCredentials.parse("Basic !!!not-base64")).isEmpty();
        assertThat(BasicCredentials.parse(header("no-colon".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(BasicCredentials.parse(header(":password".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + "A".repeat(5000))).isEmpty();
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(new BasicCredentials("anna", "secret").toString()).doesNotContain("secret");
    }
}
