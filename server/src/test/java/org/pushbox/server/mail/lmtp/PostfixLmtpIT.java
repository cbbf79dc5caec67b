package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;
import org.pushbox.testing.Requirements;

/**
 * Conformance with a real MTA: a private Postfix instance (own config and queue in a temporary directory,
 * its own SMTP port, no chroot) receives mail over SMTP and delivers it to pushbox with its own LMTP client,
 * configured as docs/mail-in.md describes ({@code virtual_transport = lmtp:inet:...}). Needs Postfix and
 * root (Postfix's master starts as root and drops to the postfix user).
 */
class PostfixLmtpIT {

    @TempDir
    Path dir;

    @Test
    void postfixDeliversToPushboxOverLmtp() throws Exception {
        Requirements.tool("postfix", "postfix");
        Requirements.require("root".equals(System.getProperty("user.name")), "Postfix must be started as root");
        try (MailboxStore store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db"))
                .withPasswordHashing(new PasswordHashing(1024, 1, 1)))) {
            Account anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                    List.of("anna@example.org", "anna.k@example.org"), PropertyMap.EMPTY));
            Account bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob",
                    List.of("bob@example.org"), PropertyMap.EMPTY));
            WorkerPool workers = new WorkerPool(2, 16);
            LmtpServer lmtp = LmtpServer.start(LmtpServer.Settings.of("127.0.0.1", 0, "pushbox.test", 10L << 20,
                    dir.resolve("spool")), store, workers);
            Path postfix = dir.resolve("postfix");
            int smtpPort = freePort();
            try {
                configure(postfix, smtpPort, lmtp.localAddress().getPort());
                run("postfix", "-c", postfix.resolve("conf").toString(), "start");
                try (LmtpClient smtp = new LmtpClient(new InetSocketAddress("127.0.0.1", smtpPort))) {
                    assertThat(smtp.reply()).startsWith("220");
                    assertThat(smtp.send("EHLO client.test\n").reply()).startsWith("250");
                    // The null sender: Postfix then discards the bounce for the unknown recipient.
                    smtp.send("MAIL FROM:<>\n");
                    assertThat(smtp.reply()).startsWith("250");
                    for (String rcpt : List.of("anna.k@example.org", "bob@example.org", "nobody@example.org")) {
                        assertThat(smtp.send("RCPT TO:<" + rcpt + ">\n").reply()).startsWith("250");
                    }
                    assertThat(smtp.send("DATA\n").reply()).startsWith("354");
                    smtp.send("From: Sender <sender@example.net>\nTo: anna.k@example.org, bob@example.org\n"
                            + "Subject: =?UTF-8?Q?=C3=9Cber_Postfix?=\nMessage-ID: <via-postfix@example.net>\n\n"
                            + "..a line with a leading dot\nGrüße\n.\n"); // dot-stuffed, as SMTP requires
                    assertThat(smtp.reply()).startsWith("250");
                    smtp.send("QUIT\n");
                }
                Item annas = awaitItem(store, anna, postfix);
                Item bobs = awaitItem(store, bob, postfix);
                assertThat(annas.properties().text(EmailProperty.SUBJECT)).isEqualTo("Über Postfix");
                assertThat(annas.properties().text(EmailProperty.BODY)).contains(".a line with a leading dot\r\nGrüße");
                assertThat(annas.content().mime()).isEqualTo(bobs.content().mime());
                // Postfix writes its delivery lines after it has read pushbox's replies, in no fixed order,
                // and possibly after the items are visible in the store: wait for each line it must write.
                String sent = "status=sent (250 2.1.5 <anna.k@example.org> delivered)";
                awaitLog(postfix, sent);
                String log = awaitLog(postfix, "said: 550 5.1.1");
                assertThat(log).contains("to=<anna.k@example.org>", sent, "to=<nobody@example.org>", "status=bounced");
            } finally {
                stop(postfix);
                lmtp.close();
                workers.shutdown(Duration.ofSeconds(10));
            }
        }
    }

    /** A private instance: own queue and data directories, loopback only, no chroot, our SMTP port. */
    static void configure(Path postfix, int smtpPort, int lmtpPort) throws IOException {
        // As docs/mail-in.md: pushbox's domain is a virtual mailbox domain delivered over LMTP.
        configure(postfix, smtpPort, List.of("virtual_mailbox_domains = example.org",
                "virtual_mailbox_maps = static:pushbox", "virtual_transport = lmtp:inet:127.0.0.1:" + lmtpPort));
    }

    /** As above, with {@code routing} saying where mail for example.org goes. */
    static void configure(Path postfix, int smtpPort, List<String> routing) throws IOException {
        Path conf = Files.createDirectories(postfix.resolve("conf"));
        Path data = Files.createDirectories(postfix.resolve("data"));
        Files.createDirectories(postfix.resolve("queue"));
        for (Path p = postfix; p != null; p = p.getParent()) { // the postfix user must reach its directories
            if (Files.getOwner(p).getName().equals("root") && p.startsWith(postfix.getParent())) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        UserPrincipal owner = postfix.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postfix");
        Files.setOwner(data, owner);
        List<String> mainCf = new ArrayList<>(List.of(
                "compatibility_level = 3.6",
                "queue_directory = " + postfix.resolve("queue"),
                "data_directory = " + data,
                "maillog_file_prefixes = " + postfix,
                "maillog_file = " + postfix.resolve("maillog"),
                "myhostname = relay.pushbox.test",
                "mydestination =",
                "inet_interfaces = loopback-only",
                "inet_protocols = ipv4",
                "mynetworks = 127.0.0.0/8",
                "alias_maps =",
                "alias_database =",
                "biff = no"));
        mainCf.addAll(routing);
        mainCf.add("");
        Files.writeString(conf.resolve("main.cf"), String.join("\n", mainCf), StandardCharsets.UTF_8);
        List<String> master = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/etc/postfix/master.cf"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\s+");
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#") && f.length >= 8) {
                if (f[0].equals("smtp") && f[1].equals("inet")) {
                    continue; // not port 25
                }
                f[4] = "n"; // no chroot: it would need a copy of system files inside the queue directory
                line = String.join(" ", f);
            }
            master.add(line);
        }
        master.add("127.0.0.1:" + smtpPort + " inet n - n - - smtpd");
        Files.write(conf.resolve("master.cf"), master, StandardCharsets.UTF_8);
    }

    static Item awaitItem(MailboxStore store, Account account, Path postfix) throws Exception {
        long inbox = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < giveUp) {
            List<Long> ids = store.items().ids(inbox, ItemFilter.ALL);
            if (!ids.isEmpty()) {
                return store.items().get(ids.get(0)).orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing delivered to " + account.login() + "; Postfix log:\n" + log(postfix));
    }

    static String awaitLog(Path postfix, String text) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!log(postfix).contains(text) && System.nanoTime() < giveUp) {
            Thread.sleep(100);
        }
        return log(postfix);
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
