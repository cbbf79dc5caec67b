package org.pushbox.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.mail.MailDelivery.Outcome;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** Retry recognition with its fast path ({@link RecentBlobs}), on a real H2 store. */
class MailDeliveryRetryTest {

    @TempDir
    Path dir;
    MailboxStore store;
    Account anna;
    Account bob;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db")).withPasswordHashing(new PasswordHashing(1024, 1, 1)));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
        bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
    }

    @AfterEach
    void close() {
        store.close();
    }

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
    void onlyABlobNewerThanTheBaselineAndNeverSeenIsFresh() throws Exception {
        BlobId before = store.blobs().put(new ByteArrayInputStream("old".getBytes(StandardCharsets.US_ASCII))).id();
        RecentBlobs recent = new RecentBlobs(Duration.ofHours(2), 2);
        Instant t = Instant.parse("2026-11-22T08:00:00Z");
        assertThat(recent.freshAndRemember(before, t, store.blobs())).as("existed before").isFalse();
        BlobId a = put("a");
        assertThat(recent.freshAndRemember(a, t, store.blobs())).isTrue();
        assertThat(recent.freshAndRemember(a, t.plusSeconds(1), store.blobs())).as("seen before").isFalse();
        // b is the third remembered blob (with 'before' and a) and overflows the capacity of 2: the oldest is
        // forgotten, so no answer is "fresh" until its retry window has passed.
        assertThat(recent.freshAndRemember(put("b"), t.plusSeconds(2), store.blobs())).isTrue();
        assertThat(recent.freshAndRemember(put("c"), t.plusSeconds(3), store.blobs())).isFalse();
        assertThat(recent.freshAndRemember(put("e"), t.plus(Duration.ofHours(3)), store.blobs())).isTrue();
        assertThat(recent.freshAndRemember(a, t.plus(Duration.ofHours(3)), store.blobs()))
                .as("outside the window it was forgotten; still above the baseline").isTrue();
    }

    private BlobId put(String content) throws Exception {
        return store.blobs().put(new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))).id();
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
