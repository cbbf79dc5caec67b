package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.config.RelaySettings.Security;
import org.pushbox.server.mail.out.smtp.SmtpConnection;
import org.pushbox.server.mail.out.smtp.SmtpReply;
import org.pushbox.server.mail.out.smtp.SmtpSessionException;

/**
 * The SMTP client against a scripted server on loopback that answers what a test tells it, including
 * what no well-behaved relay says: garbage, endless lines, mixed codes, silence, a hang-up mid-transfer.
 */
class SmtpConnectionIT {

    /** A one-connection server: a greeting, then one scripted reply per command (null = hang up). */
    static final class ScriptedRelay implements AutoCloseable {
        final ServerSocket socket;
        final List<String> commands = new CopyOnWriteArrayList<>();
        final Thread thread;

        ScriptedRelay(String greeting, Function<String, String> script, String dataReply) throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(greeting, script, dataReply), "scripted-relay");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(String greeting, Function<String, String> script, String dataReply) {
            try (Socket s = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                out.write(greeting.getBytes(StandardCharsets.UTF_8));
                boolean data = false;
                for (String line; (line = in.readLine()) != null;) {
                    String reply;
                    if (data) {
                        if (!line.equals(".")) {
                            continue;
                        }
                        data = false;
                        reply = dataReply;
                    } else {
                        commands.add(line);
                        reply = script.apply(line);
                        data = reply != null && reply.startsWith("354");
                    }
                    if (reply == null) {
                        return;
                    }
                    out.write(reply.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException ignored) {
                // the client went away
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    ScriptedRelay relay;

    @AfterEach
    void stop() throws IOException {
        if (relay != null) {
            relay.close();
        }
    }

    static final String EHLO_FULL = "250-relay.test\r\n250-8BITMIME\r\n250-SIZE 1000000\r\n250 ENHANCEDSTATUSCODES\r\n";

    static Function<String, String> standard(String ehlo, Map<String, String> special) {
        return line -> {
            for (Map.Entry<String, String> e : special.entrySet()) {
                if (line.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
            if (line.startsWith("EHLO")) {
                return ehlo;
            }
            return switch (line.split(" ")[0]) {
                case "HELO", "MAIL", "RCPT", "RSET", "QUIT" -> "250 2.0.0 ok\r\n";
                case "DATA" -> "354 go ahead\r\n";
                default -> "500 5.5.2 what\r\n";
            };
        };
    }

    SmtpConnection connect(String greeting, Function<String, String> script, String dataReply) throws Exception {
        stop();
        relay = new ScriptedRelay(greeting, script, dataReply);
        RelaySettings settings = new RelaySettings(Optional.of("127.0.0.1"), relay.port(), Security.NONE,
                Optional.empty(), "pushbox.test", Optional.empty(), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1), 1 << 20);
        return SmtpConnection.open(settings, null, () -> { });
    }

    static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void announcesBodyAndSizeAndGivesEachRecipientItsReply() throws Exception {
        try (SmtpConnection c = connect("220 relay.test ESMTP\r\n", standard(EHLO_FULL,
                Map.of("RCPT TO:<nobody@", "550 5.1.1 unknown\r\n", "RCPT TO:<busy@", "450 4.2.1 busy\r\n")),
                "250 2.0.0 queued as X\r\n")) {
            assertThat(c.extensions()).containsKeys("8BITMIME", "SIZE", "ENHANCEDSTATUSCODES");
            Map<String, SmtpReply> result = c.send("anna@example.org",
                    List.of("ben@remote.test", "nobody@remote.test", "busy@remote.test"), 42, body("x\r\n"));
            assertThat(result).containsExactly(
                    Map.entry("ben@remote.test", SmtpReply.of(250, "2.0.0 queued as X")),
                    Map.entry("nobody@remote.test", SmtpReply.of(550, "5.1.1 unknown")),
                    Map.entry("busy@remote.test", SmtpReply.of(450, "4.2.1 busy")));
            assertThat(c.isUsable()).isTrue();
        }
        assertThat(relay.commands).containsExactly("EHLO pushbox.test",
                "MAIL FROM:<anna@example.org> BODY=8BITMIME SIZE=42", "RCPT TO:<ben@remote.test>",
                "RCPT TO:<nobody@remote.test>", "RCPT TO:<busy@remote.test>", "DATA");
    }

    @Test
    void anOldServerGetsHeloAndAPlainMailFrom() throws Exception {
        try (SmtpConnection c = connect("220 old\r\n", standard("502 5.5.1 no EHLO here\r\n", Map.of()),
                "250 ok\r\n")) {
            assertThat(c.extensions()).isEmpty();
            assertThat(c.send("", List.of("ben@remote.test"), 3, body("x")).get("ben@remote.test").code()).isEqualTo(250);
        }
        assertThat(relay.commands).containsExactly("EHLO pushbox.test", "HELO pushbox.test", "MAIL FROM:<>",
                "RCPT TO:<ben@remote.test>", "DATA");
    }

    @Test
    void whenNoRecipientIsAcceptedNoDataIsSentAndTheSessionIsReset() throws Exception {
        try (SmtpConnection c = connect("220 r\r\n", standard(EHLO_FULL, Map.of("RCPT", "550 5.1.1 no\r\n")),
                "250 ok\r\n")) {
            assertThat(c.send("anna@example.org", List.of("a@remote.test"), 1, body("x")).get("a@remote.test").code())
                    .isEqualTo(550);
            // A non-ASCII address without SMTPUTF8 is not even tried; the session takes the next message.
            Map<String, SmtpReply> r = c.send("anna@example.org", List.of("jörg@remote.test"), 1, body("x"));
            assertThat(r.get("jörg@remote.test").toString()).startsWith("553 5.6.7");
        }
        assertThat(relay.commands).containsExactly("EHLO pushbox.test",
                "MAIL FROM:<anna@example.org> BODY=8BITMIME SIZE=1", "RCPT TO:<a@remote.test>", "RSET",
                "MAIL FROM:<anna@example.org> BODY=8BITMIME SIZE=1", "RSET");
    }

    @Test
    void aRefusedSenderOrDataDecidesForEveryRecipient() throws Exception {
        try (SmtpConnection c = connect("220 r\r\n", standard(EHLO_FULL, Map.of("MAIL FROM:<bad", "553 5.7.1 no\r\n",
                "DATA", "554 5.3.0 no data today\r\n")), "250 ok\r\n")) {
            assertThat(c.send("bad@example.org", List.of("a@remote.test", "b@remote.test"), 1, body("x")).values())
                    .extracting(SmtpReply::toString).containsOnly("553 5.7.1 no");
            assertThat(c.send("ok@example.org", List.of("a@remote.test"), 1, body("x")).get("a@remote.test"))
                    .hasToString("554 5.3.0 no data today");
        }
    }

    @Test
    void aRefusedGreetingIsASessionFailure() {
        assertThatThrownBy(() -> connect("554 5.7.1 go away\r\n", standard(EHLO_FULL, Map.of()), "250 ok\r\n"))
                .isInstanceOf(SmtpSessionException.class).hasMessageContaining("554 5.7.1 go away");
    }

    @Test
    void hostileRepliesBreakTheConnectionNotTheClient() {
        assertThatThrownBy(() -> connect("220-" + "x".repeat(10_000) + "\r\n", line -> "250 ok\r\n", ""))
                .isInstanceOf(IOException.class).hasMessageContaining("longer than 4096");
        assertThatThrownBy(() -> connect("hello there\r\n", line -> "250 ok\r\n", ""))
                .isInstanceOf(IOException.class).hasMessageContaining("not an SMTP reply");
        assertThatThrownBy(() -> connect("220-a\r\n354 b\r\n", line -> "250 ok\r\n", ""))
                .isInstanceOf(IOException.class).hasMessageContaining("mixed reply codes");
        assertThatThrownBy(() -> connect("220-a\r\n".repeat(300), line -> "250 ok\r\n", ""))
                .isInstanceOf(IOException.class).hasMessageContaining("more than 200 lines");
    }

    @Test
    void aSilentRelayTimesOut() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> connect("220 r\r\n", line -> line.startsWith("EHLO") ? "" : "250 ok\r\n", ""))
                .isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHangUpAfterTheDataLeavesTheOutcomeUnknown() throws Exception {
        try (SmtpConnection c = connect("220 r\r\n", standard(EHLO_FULL, Map.of()), null)) {
            assertThatThrownBy(() -> c.send("anna@example.org", List.of("a@remote.test"), 1, body("x")))
                    .isInstanceOf(IOException.class);
            assertThat(c.isUsable()).isFalse();
        }
    }
}
