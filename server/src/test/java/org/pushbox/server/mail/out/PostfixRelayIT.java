package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
            run("postfix", "-c", postfix.resolve("conf").toString(), "start");
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
                assertThat(internet.received()).as("relayed by Postfix; its log:\n" + log(postfix)).hasSize(1);
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
            stop(postfix);
        }
    }

    /** A private instance relaying for loopback clients, sending remote.test to the sink. */
    static void configure(Path postfix, int smtpPort, int internetPort) throws IOException {
        Path conf = Files.createDirectories(postfix.resolve("conf"));
        Path data = Files.createDirectories(postfix.resolve("data"));
        Files.createDirectories(postfix.resolve("queue"));
        for (Path p = postfix; p != null; p = p.getParent()) { // the postfix user must reach its directories
            if (Files.getOwner(p).getName().equals("root") && p.startsWith(postfix.getParent())) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.setOwner(data, postfix.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postfix"));
        Files.writeString(conf.resolve("main.cf"), String.join("\n",
                "compatibility_level = 3.6",
                "queue_directory = " + postfix.resolve("queue"),
                "data_directory = " + data,
                "maillog_file_prefixes = " + postfix,
                "maillog_file = " + postfix.resolve("maillog"),
                "myhostname = relay.pushbox.test",
                "mydestination =",
                "inet_interfaces = loopback-only",
                "inet_protocols = ipv4",
                "mynetworks = 127.0.0.0/8",           // as docs/mail-out.md: pushbox on loopback is trusted
                "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination",
                "alias_maps =",
                "alias_database =",
                "biff = no",
                "smtp_tls_security_level = none",
                "transport_maps = inline:{remote.test=smtp:[127.0.0.1]:" + internetPort + "}",
                ""), StandardCharsets.UTF_8);
        List<String> master = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/etc/postfix/master.cf"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\s+");
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#") && f.length >= 8) {
                if (f[0].equals("smtp") && f[1].equals("inet")) {
                    continue; // not port 25
                }
                f[4] = "n"; // no chroot
                line = String.join(" ", f);
            }
            master.add(line);
        }
        master.add("127.0.0.1:" + smtpPort + " inet n - n - - smtpd");
        Files.write(conf.resolve("master.cf"), master, StandardCharsets.UTF_8);
    }

    static String log(Path postfix) throws IOException {
        Path log = postfix.resolve("maillog");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no maillog)";
    }

    static void stop(Path postfix) throws Exception {
        if (Files.exists(postfix.resolve("conf").resolve("main.cf"))) {
            Process p = new ProcessBuilder("postfix", "-c", postfix.resolve("conf").toString(), "stop")
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
