package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.config.RelaySettings.Security;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.server.testing.PrivatePostfix;
import org.pushbox.testing.Requirements;

/**
 * The relay set-up of docs/mail-out.md with a real Postfix: pushbox hands mail to a private Postfix
 * instance on loopback (trusted through {@code mynetworks}, {@code relay.security = none}), which relays it
 * on to the "internet", here a SubEthaSMTP sink that Postfix reaches through a transport map. Needs
 * Postfix and root, like PostfixLmtpIT.
 */
class PostfixRelayIT {

    @TempDir
    Path dir;

    @Test
    void postfixRelaysWhatPushboxSends() throws Exception {
        Requirements.tool("postfix", "postfix");
        Requirements.require("root".equals(System.getProperty("user.name")), "Postfix must be started as root");
        Path postfix = dir.resolve("postfix");
        try (RelaySink internet = RelaySink.start();
             MailboxStore store = MailboxStore.open(OutboxIT.storeConfig(dir))) {
            Account anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                    List.of("anna@example.org"), PropertyMap.EMPTY));
            int smtpPort = RelaySink.freePort();
            configure(postfix, smtpPort, internet.port());
            PrivatePostfix.start(postfix);
            RelaySettings settings = new RelaySettings(Optional.of("127.0.0.1"), smtpPort, Security.NONE,
                    Optional.empty(), "eas.example.org", Optional.empty(), Duration.ofSeconds(10),
                    Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofDays(1), 1 << 20);
            // With a Date, as a phone's message has: Postfix adds one to a message without.
            byte[] mime = ("Date: Sun, 22 Nov 2026 08:00:00 +0000\r\n" + new String(OutboxIT.mime("via postfix",
                    "Grüße\r\n.a dotted line\r\n"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            try (Outbox outbox = Outbox.start(store, new MailDelivery(store, Clock.systemUTC()), settings,
                    Clock.systemUTC())) {
                SubmitResult result = outbox.submit(new OutgoingMessage(anna.id(), "c-postfix", "anna@example.org",
                        List.of("ben@remote.test", "cleo@remote.test"), mime));
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (internet.received().isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(100);
                }
                assertThat(internet.received()).as("relayed by Postfix; its log:\n" + PrivatePostfix.log(postfix))
                        .hasSize(1);
                RelaySink.Received got = internet.received().get(0);
                assertThat(got.from()).isEqualTo("anna@example.org");
                assertThat(got.recipients()).containsExactlyInAnyOrder("ben@remote.test", "cleo@remote.test");
                String relayed = new String(got.data(), StandardCharsets.UTF_8);
                // Postfix adds its Received line on top; below it, pushbox's message is unchanged.
                assertThat(relayed).startsWith("Received: from eas.example.org (localhost [127.0.0.1])");
                assertThat(relayed).endsWith(new String(mime, StandardCharsets.UTF_8));
                assertThat(store.outbound().recipients(result.messageId()))
                        .allSatisfy(r -> assertThat(r.lastError()).isNull());
            }
        } finally {
            PrivatePostfix.stop(postfix);
        }
    }

    /** A private Postfix relaying for loopback clients, sending remote.test to the sink. */
    static void configure(Path postfix, int smtpPort, int internetPort) throws IOException {
        PrivatePostfix.configure(postfix, smtpPort, List.of(
                "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination",
                "smtp_tls_security_level = none",
                "transport_maps = inline:{remote.test=smtp:[127.0.0.1]:" + internetPort + "}"));
    }
}
