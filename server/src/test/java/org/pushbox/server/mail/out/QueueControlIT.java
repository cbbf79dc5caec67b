package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.LeaseHeldException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundFilter;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.PropertyMap;

/**
 * The operator's queue actions as another process makes them: only the database changes, and the running
 * outbox must act on that by itself, never woken; and a transfer in progress is never changed under it.
 */
class QueueControlIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** Short, so that the test waits for the poll rather than for the 15 s of a real server. */
    static final Duration POLL = Duration.ofMillis(300);

    @TempDir
    Path dir;

    MailboxStore store;
    Account anna;
    Outbox outbox;
    RelaySink sink;
    QueueControl control;

    @BeforeEach
    void openStore() {
        store = MailboxStore.open(OutboxIT.storeConfig(dir));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
        control = new QueueControl(store, "pushbox.test", Clock.systemUTC());
    }

    @AfterEach
    void closeAll() {
        if (outbox != null) {
            outbox.close();
        }
        if (sink != null) {
            sink.close();
        }
        store.close();
    }

    /** The test relay, except that a failed recipient waits an hour: only a retry brings it back sooner. */
    static RelaySettings patientRelay(int port) {
        RelaySettings r = OutboxIT.relay(port);
        return new RelaySettings(r.host(), port, r.security(), r.credentials(), r.helo(), r.trustFile(),
                r.connectTimeout(), r.timeout(), Duration.ofHours(1), Duration.ofHours(1), Duration.ofDays(5),
                r.maxMessageBytes());
    }

    long enqueue(String subject, String... to) throws Exception {
        byte[] mime = OutboxIT.mime(subject, "x\r\n");
        BlobId blob = store.blobs().put(new ByteArrayInputStream(mime)).id();
        List<NewOutboundMessage.Recipient> recipients = java.util.Arrays.stream(to)
                .map(a -> new NewOutboundMessage.Recipient(a, false)).toList();
        return store.outbound().enqueue(new NewOutboundMessage(anna.id(), null, "anna@example.org", blob, mime.length,
                recipients), Instant.now(), Duration.ofMinutes(5)).message().id();
    }

    /** Waits without ever waking the outbox: as after a command run in another process. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            Thread.sleep(50);
        }
    }

    List<Item> inbox() {
        long inbox = store.folders().findByType(anna.id(), FolderType.INBOX).orElseThrow().id();
        return store.items().getAll(store.items().ids(inbox, ItemFilter.ALL));
    }

    @Test
    void aRetryMadeOnlyInTheDatabaseIsSentAtTheRelayThreadsNextPoll() throws Exception {
        int port = RelaySink.freePort();
        long id = enqueue("retry me", "ben@remote.test");
        outbox = Outbox.start(store, new MailDelivery(store, Clock.systemUTC()), patientRelay(port), Clock.systemUTC(),
                POLL);
        await("the failed first attempt", () -> store.outbound().recipients(id).get(0).attempts() == 1);
        sink = RelaySink.start(new RelaySink.Options().port(port));
        Thread.sleep(POLL.multipliedBy(4).toMillis());
        assertThat(sink.received()).as("several polls, but not due for an hour").isEmpty();

        assertThat(control.retry(id)).isOne();
        await("the relay to receive it", () -> sink.received().size() == 1);
        await("the queue to finish", () -> store.outbound().get(id).orElseThrow().isFinished());
        assertThat(store.outbound().recipients(id).get(0).state()).isEqualTo(State.SENT);
        assertThat(store.outbound().recipients(id).get(0).attempts()).isEqualTo(2);
    }

    @Test
    void aBounceQueuedByTheOperatorIsDeliveredToTheSenderByTheRunningServer() throws Exception {
        long id = enqueue("cancel me", "ben@remote.test", "carl@remote.test");
        assertThat(control.bounce(id)).hasValueSatisfying(done -> {
            assertThat(done.bounced()).isTrue();
            assertThat(done.recipients()).hasSize(2);
        });
        assertThat(store.outbound().recipients(id)).extracting(r -> r.state(), r -> r.attempts(), r -> r.lastError())
                .containsOnly(org.assertj.core.groups.Tuple.tuple(State.FAILED, 0, QueueControl.BOUNCED));
        assertThat(store.outbound().get(id).orElseThrow().isFinished()).isTrue();
        assertThat(inbox()).as("nothing delivered by the command itself").isEmpty();

        outbox = Outbox.start(store, new MailDelivery(store, Clock.systemUTC()), patientRelay(RelaySink.freePort()),
                Clock.systemUTC(), POLL);
        await("the bounce in the sender's Inbox", () -> inbox().size() == 1);
        Item bounce = inbox().get(0);
        assertThat(bounce.properties().text(EmailProperty.SUBJECT)).isEqualTo("Undelivered Mail Returned to Sender");
        String report;
        try (InputStream in = store.blobs().open(bounce.content().mime())) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(report).contains("Your message could not be delivered to these recipients:")
                .contains("<ben@remote.test>: 554 5.0.0 delivery cancelled by the mail administrator\r\n")
                .contains("<carl@remote.test>: 554 5.0.0 delivery cancelled by the mail administrator\r\n")
                .contains("Status: 5.0.0").contains("Subject: cancel me\r\n");
        await("the bounce to be finished", () -> store.outbound().list(OutboundFilter.pending()).isEmpty());
    }

    @Test
    void whileATransferHoldsARecipientTheMessageIsNeitherDeletedNorBounced() throws Exception {
        long id = enqueue("busy", "ben@remote.test", "carl@remote.test");
        OutboundClaim transfer = store.outbound().claimDue(Instant.now(), Duration.ofMinutes(10), 1).get(0);
        assertThat(transfer.message().id()).isEqualTo(id);

        assertThatThrownBy(() -> control.delete(id)).isInstanceOf(LeaseHeldException.class)
                .satisfies(e -> assertThat(((LeaseHeldException) e).until()).isEqualTo(transfer.leaseUntil()));
        assertThatThrownBy(() -> control.bounce(id)).isInstanceOf(LeaseHeldException.class);
        assertThat(store.outbound().list(OutboundFilter.all())).as("no bounce queued").hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.recipient().state()).isEqualTo(State.PENDING);
                    assertThat(e.leaseUntil()).isEqualTo(transfer.leaseUntil());
                });
        assertThat(control.retry(id)).as("left to the transfer").isZero();

        // The transfer ends (the relay was down); now the operator's decision goes through.
        store.outbound().release(transfer.token());
        assertThat(control.delete(id)).hasValueSatisfying(done -> assertThat(done.bounced()).isFalse());
        assertThat(store.outbound().recipients(id)).extracting(r -> r.state()).containsOnly(State.FAILED);
        assertThat(control.delete(id)).as("nothing pending any more").isEmpty();
        assertThat(control.bounce(id)).isEmpty();
        assertThat(store.outbound().list(OutboundFilter.all())).as("still no bounce").hasSize(2);
    }
}
