package org.pushbox.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pushbox.server.mail.MailDelivery.Outcome;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;

/** Retry recognition (the same MIME blob in the Inbox within the window), on a real H2 store. */
class MailDeliveryRetryTest extends TwoAccountStore {

    Path message(String id) throws Exception {
        return Files.writeString(dir.resolve(id + ".eml"), "From: s@example.net\r\nTo: anna@example.org\r\n"
                + "Message-ID: <" + id + "@example.net>\r\nSubject: " + id + "\r\n\r\nbody\r\n", StandardCharsets.US_ASCII);
    }

    @Test
    void aRetryIsRecognisedInTheSameProcessAndAfterARestart() throws Exception {
        MailDelivery first = new MailDelivery(store, Clock.systemUTC());
        Path m = message("once");
        assertThat(first.deliver(m, List.of(anna))).isEqualTo(Map.of(anna.id(), Outcome.DELIVERED));
        assertThat(first.deliver(m, List.of(anna, bob))).as("same process: anna's copy is a retry")
                .containsEntry(anna.id(), Outcome.ALREADY_DELIVERED).containsEntry(bob.id(), Outcome.DELIVERED);
        MailDelivery restarted = new MailDelivery(store, Clock.systemUTC());
        assertThat(restarted.deliver(m, List.of(anna, bob))).as("after a restart the Inbox is read again")
                .isEqualTo(Map.of(anna.id(), Outcome.ALREADY_DELIVERED, bob.id(), Outcome.ALREADY_DELIVERED));
        assertThat(restarted.deliver(message("other"), List.of(anna))).containsEntry(anna.id(), Outcome.DELIVERED);
    }

    @Test
    void aRetryIsRecognisedByAnotherDeliveryInstance() throws Exception {
        // Two instances stand for two server processes on one database: neither has seen the other's deliveries.
        MailDelivery one = new MailDelivery(store, Clock.systemUTC());
        MailDelivery two = new MailDelivery(store, Clock.systemUTC());
        Path m = message("shared");
        assertThat(one.deliver(m, List.of(anna))).containsEntry(anna.id(), Outcome.DELIVERED);
        assertThat(two.deliver(m, List.of(anna))).containsEntry(anna.id(), Outcome.ALREADY_DELIVERED);
        assertThat(store.items().count(store.folders().findByType(anna.id(), FolderType.INBOX).orElseThrow().id()))
                .isEqualTo(1);
    }

    @Test
    void mimeNestedTooDeeplyForTheParserIsStillDelivered() throws Exception {
        StringBuilder mail = new StringBuilder("From: s@example.net\r\nTo: anna@example.org\r\nSubject: deep\r\n");
        int depth = 20_000;
        for (int i = 0; i < depth; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i)
                    .append("\r\n");
        }
        mail.append("Content-Type: text/plain\r\n\r\nbottom\r\n");
        Path m = Files.writeString(dir.resolve("deep.eml"), mail, StandardCharsets.US_ASCII);
        MailDelivery delivery = new MailDelivery(store, Clock.systemUTC());
        assertThat(delivery.deliver(m, List.of(anna))).containsEntry(anna.id(), Outcome.DELIVERED);
    }

    @Test
    void aDeliveryOutsideTheWindowIsNoRetry() throws Exception {
        MailDelivery shortWindow = new MailDelivery(store, new MailParser(), Clock.systemUTC(), Duration.ZERO);
        Path m = message("window");
        assertThat(shortWindow.deliver(m, List.of(anna))).containsEntry(anna.id(), Outcome.DELIVERED);
        assertThat(shortWindow.deliver(m, List.of(anna))).as("outside a zero window").containsEntry(anna.id(),
                Outcome.DELIVERED);
    }
}
