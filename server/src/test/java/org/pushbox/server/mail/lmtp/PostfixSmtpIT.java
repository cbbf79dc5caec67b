package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;
import org.pushbox.server.testing.PrivatePostfix;
import org.pushbox.testing.Requirements;

/**
 * The SMTP listener with a real SMTP client: a private Postfix instance (see {@link PostfixLmtpIT}) relays
 * mail for example.org to pushbox's SMTP port with its {@code smtp} transport, the way an internet MTA
 * delivers to an MX. Postfix pipelines the envelope, sends two recipients pushbox accepts and one it refuses
 * with 550 5.1.1, and gets one 250 for the accepted two.
 */
class PostfixSmtpIT {

    @TempDir
    Path dir;

    @Test
    void postfixDeliversToPushboxOverSmtp() throws Exception {
        Requirements.tool("postfix", "postfix");
        Requirements.require("root".equals(System.getProperty("user.name")), "Postfix must be started as root");
        try (MailboxStore store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db"))
                .withPasswordHashing(new PasswordHashing(1024, 1, 1)))) {
            Account anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                    List.of("anna@example.org", "anna.k@example.org"), PropertyMap.EMPTY));
            Account bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob",
                    List.of("bob@example.org"), PropertyMap.EMPTY));
            WorkerPool workers = new WorkerPool(2, 16);
            LmtpServer smtp = LmtpServer.start(LmtpServer.Settings.smtp("127.0.0.1", 0, "pushbox.test", 10L << 20,
                    dir.resolve("spool"), 10), store, workers);
            Path postfix = dir.resolve("postfix");
            int postfixPort = PrivatePostfix.freePort();
            try {
                PrivatePostfix.configure(postfix, postfixPort, List.of("relay_domains = example.org",
                        "relay_transport = smtp:[127.0.0.1]:" + smtp.localAddress().getPort(),
                        "smtp_tls_security_level = none"));
                PrivatePostfix.start(postfix);
                try (LmtpClient client = new LmtpClient(new InetSocketAddress("127.0.0.1", postfixPort))) {
                    assertThat(client.reply()).startsWith("220");
                    assertThat(client.send("EHLO client.test\n").reply()).startsWith("250");
                    client.send("MAIL FROM:<>\n"); // the null sender: Postfix discards the bounce for nobody@
                    assertThat(client.reply()).startsWith("250");
                    for (String rcpt : List.of("anna.k@example.org", "bob@example.org", "nobody@example.org")) {
                        assertThat(client.send("RCPT TO:<" + rcpt + ">\n").reply()).startsWith("250");
                    }
                    assertThat(client.send("DATA\n").reply()).startsWith("354");
                    client.send("From: Sender <sender@example.net>\nTo: anna.k@example.org, bob@example.org\n"
                            + "Subject: =?UTF-8?Q?=C3=9Cber_SMTP?=\nMessage-ID: <via-postfix-smtp@example.net>\n\n"
                            + "..a line with a leading dot\nGrüße\n.\n");
                    assertThat(client.reply()).startsWith("250");
                    client.send("QUIT\n");
                }
                Item annas = PostfixLmtpIT.awaitItem(store, anna, postfix);
                Item bobs = PostfixLmtpIT.awaitItem(store, bob, postfix);
                assertThat(annas.properties().text(EmailProperty.SUBJECT)).isEqualTo("Über SMTP");
                assertThat(annas.properties().text(EmailProperty.BODY)).contains(".a line with a leading dot\r\nGrüße");
                assertThat(annas.content().mime()).isEqualTo(bobs.content().mime());
                String sent = "status=sent (250 2.0.0 Message accepted for delivery)";
                PrivatePostfix.awaitLog(postfix, sent);
                String log = PrivatePostfix.awaitLog(postfix, "said: 550 5.1.1 No such user here");
                assertThat(log).contains("to=<anna.k@example.org>", sent, "to=<nobody@example.org>", "status=bounced");
            } finally {
                PrivatePostfix.stop(postfix);
                smtp.close();
                workers.shutdown(Duration.ofSeconds(10));
            }
        }
    }
}
