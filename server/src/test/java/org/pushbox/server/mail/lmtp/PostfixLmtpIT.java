package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
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
import org.pushbox.server.testing.PrivatePostfix;
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
            int smtpPort = PrivatePostfix.freePort();
            try {
                configure(postfix, smtpPort, lmtp.localAddress().getPort());
                PrivatePostfix.start(postfix);
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
                PrivatePostfix.awaitLog(postfix, sent);
                String log = PrivatePostfix.awaitLog(postfix, "said: 550 5.1.1");
                assertThat(log).contains("to=<anna.k@example.org>", sent, "to=<nobody@example.org>", "status=bounced");
            } finally {
                PrivatePostfix.stop(postfix);
                lmtp.close();
                workers.shutdown(Duration.ofSeconds(10));
            }
        }
    }

    /** A private Postfix whose example.org is a virtual mailbox domain delivered to pushbox over LMTP. */
    static void configure(Path postfix, int smtpPort, int lmtpPort) throws IOException {
        // As docs/mail-in.md: pushbox's domain is a virtual mailbox domain delivered over LMTP.
        PrivatePostfix.configure(postfix, smtpPort, List.of("virtual_mailbox_domains = example.org",
                "virtual_mailbox_maps = static:pushbox", "virtual_transport = lmtp:inet:127.0.0.1:" + lmtpPort));
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
        throw new AssertionError("nothing delivered to " + account.login() + "; Postfix log:\n"
                + PrivatePostfix.log(postfix));
    }
}
