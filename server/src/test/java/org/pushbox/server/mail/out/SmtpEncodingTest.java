package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.server.mail.out.smtp.DotStuffingOutputStream;

/** The pieces of the outbox that need no server: DATA encoding, address syntax, backoff. */
class SmtpEncodingTest {

    static String encode(String message) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DotStuffingOutputStream data = new DotStuffingOutputStream(out);
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        // Odd-sized writes: the state must carry across calls.
        for (int i = 0; i < bytes.length; i += 3) {
            data.write(bytes, i, Math.min(3, bytes.length - i));
        }
        data.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void crlfTextPassesUnchangedAndGetsTheTerminator() throws IOException {
        assertThat(encode("Subject: x\r\n\r\nGrüße 😀\r\n")).isEqualTo("Subject: x\r\n\r\nGrüße 😀\r\n.\r\n");
    }

    @Test
    void leadingDotsAreDoubledOnlyAtLineStart() throws IOException {
        assertThat(encode(".a\r\nb.c\r\n.\r\n..\r\n. \r\n")).isEqualTo("..a\r\nb.c\r\n..\r\n...\r\n.. \r\n.\r\n");
        assertThat(encode(".")).isEqualTo("..\r\n.\r\n");
    }

    @Test
    void bareLineEndsBecomeCrlfAndAnOpenLastLineIsClosed() throws IOException {
        assertThat(encode("a\nb\rc\r\n\n.d")).isEqualTo("a\r\nb\r\nc\r\n\r\n..d\r\n.\r\n");
        assertThat(encode("a\r")).isEqualTo("a\r\n.\r\n");
        assertThat(encode("\r.x")).isEqualTo("\r\n..x\r\n.\r\n");
        assertThat(encode("")).isEqualTo(".\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.test", "first.last+tag@sub.example.org", "o'neil@example.ie", "x@[192.0.2.1]",
            "jörg@bücher.example", "user_1!#$%&*=?^`{|}~@example.org"})
    void validAddresses(String address) {
        assertThat(MailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.org", "a@", "a@@b.test", ".a@b.test", "a.@b.test", "a..b@b.test",
            "a b@b.test", "a@b .test", "<a@b.test>", "a@b.test>", "a@b.test\r\nRSET", "a\u0000@b.test",
            "\"quoted\"@b.test", "a@b..test", "a@.b.test", "a,b@c.test", "a@b_c.test", "a@[1.2.3.4", "a@b\u200b.test"})
    void invalidAddresses(String address) {
        assertThat(MailAddresses.isValid(address)).isFalse();
    }

    @Test
    void overlongAddressesAreRefused() {
        assertThat(MailAddresses.isValid("a".repeat(64) + "@example.org")).isTrue();
        assertThat(MailAddresses.isValid("a".repeat(65) + "@example.org")).isFalse();
        assertThat(MailAddresses.isValid("a@" + "b".repeat(250) + ".test")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0,60", "1,120", "2,240", "5,1920", "6,3600", "30,3600", "1000,3600"})
    void backoffDoublesUpToItsCap(int attemptsBefore, long seconds) {
        Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(5));
        Instant now = Instant.parse("2026-11-22T08:00:00Z");
        assertThat(b.next(attemptsBefore, now)).isEqualTo(now.plusSeconds(seconds));
    }

    @Test
    void backoffGivesUpAtItsAge() {
        Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(5));
        Instant submitted = Instant.parse("2026-11-22T08:00:00Z");
        assertThat(b.isExpired(submitted, submitted.plus(Duration.ofDays(5)).minusMillis(1))).isFalse();
        assertThat(b.isExpired(submitted, submitted.plus(Duration.ofDays(5)))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 No such user|false|5.1.1",
        "554 Transaction failed|false|5.0.0",
        "451 4.4.1 relay unreachable|true|4.4.1",
        "451 try again|true|4.4.7",
        "552 5.3.4 Message too big|false|5.3.4"})
    void bounceStatusComesFromTheEnhancedCode(String reply, boolean gaveUp, String status) {
        assertThat(Bounce.status(new Bounce.Failure("a@b.test", reply, gaveUp))).isEqualTo(status);
    }

    @Test
    void aLongClientIdIsKeptAsItsHash() {
        assertThat(Outbox.clientKey(null)).isNull();
        assertThat(Outbox.clientKey("abc")).isEqualTo("abc");
        String key = Outbox.clientKey("x".repeat(300));
        assertThat(key).startsWith("sha256:").hasSize(7 + 64).isEqualTo(Outbox.clientKey("x".repeat(300)));
        assertThat(Outbox.clientKey("y".repeat(300))).isNotEqualTo(key);
    }
}
