package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.config.RelaySettings.Security;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.out.SubmitException.Reason;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/**
 * The outbox against a real H2 store and a real SMTP server (SubEthaSMTP) as the relay, on loopback:
 * what leaves, byte for byte; local delivery; refusals; outages, restarts and bounces.
 */
class OutboxIT {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    MailboxStore store;
    Account anna;
    Account bob;
    Outbox outbox;
    RelaySink sink;

    @BeforeEach
    void openStore() {
        store = MailboxStore.open(storeConfig(dir));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                List.of("anna@example.org", "anna.k@example.org"), PropertyMap.EMPTY));
        bob = store.accounts().create(new NewAccount("bob", "pw-bob-1", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
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

    /** The embedded H2 store, with password hashing cheap enough for tests that create accounts. */
    static StorageConfig storeConfig(Path dir) {
        return StorageConfig.embedded(dir.resolve("db")).withPasswordHashing(new PasswordHashing(4096, 1, 1));
    }

    static RelaySettings relay(int port) {
        return new RelaySettings(Optional.of("127.0.0.1"), port, Security.NONE, Optional.empty(), "pushbox.test",
                Optional.empty(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofMinutes(10), 1 << 20);
    }

    static RelaySettings noRelay() {
        RelaySettings r = relay(25);
        return new RelaySettings(Optional.empty(), 25, r.security(), r.credentials(), r.helo(), r.trustFile(),
                r.connectTimeout(), r.timeout(), r.retryFirst(), r.retryMax(), r.giveUpAfter(), r.maxMessageBytes());
    }

    Outbox open(RelaySettings settings) throws IOException {
        return open(settings, Clock.systemUTC());
    }

    Outbox open(RelaySettings settings, Clock clock) throws IOException {
        outbox = Outbox.start(store, new MailDelivery(store, clock), settings, clock);
        return outbox;
    }

    static byte[] mime(String subject, String body) {
        return ("From: Anna <anna@example.org>\r\nTo: Ben <ben@remote.test>\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.replace(' ', '.') + "@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    OutgoingMessage message(String clientId, String from, List<String> to, byte[] mime) {
        return new OutgoingMessage(anna.id(), clientId, from, to, mime);
    }

    /** Waits for {@code condition}, asking the outbox for a round now and then instead of its 15 s poll. */
    void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            if (outbox != null) {
                outbox.wake();
            }
            Thread.sleep(100);
        }
    }

    List<Item> inbox(Account account) {
        long inbox = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
        return store.items().getAll(store.items().ids(inbox, ItemFilter.ALL));
    }

    List<Item> inboxWithSubject(Account account, String subject) {
        return inbox(account).stream().filter(i -> subject.equals(i.properties().text(EmailProperty.SUBJECT)))
                .toList();
    }

    byte[] stored(Item item) throws IOException {
        try (InputStream in = store.blobs().open(item.content().mime())) {
            return in.readAllBytes();
        }
    }

    /** Byte for byte, shown as Latin-1 text so a difference is readable. */
    static void assertBytes(byte[] actual, byte[] expected) {
        assertThat(new String(actual, StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
    }

    List<OutboundRecipient> queue(SubmitResult result) {
        return store.outbound().recipients(result.messageId());
    }

    /** No more arrives within a moment in which the outbox was asked for several rounds. */
    void settle() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            outbox.wake();
            Thread.sleep(100);
        }
    }

    @Test
    void theRelayGetsTheExactEnvelopeAndTheStoredBytes() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        byte[] mime = mime("exact", "Grüße aus Köln 😀\r\n.a line that starts with a dot\r\n.\r\n..two\r\nend\r\n");
        SubmitResult result = outbox.submit(message("c-exact", "anna@example.org",
                List.of("ben@remote.test", "Cleo@Remote.Test"), mime));
        assertThat(result.outcome()).isEqualTo(SubmitResult.Outcome.ACCEPTED);

        await("the relay to receive it", () -> sink.received().size() == 1);
        RelaySink.Received got = sink.received().get(0);
        assertThat(got.helo()).isEqualTo("pushbox.test");
        assertThat(got.from()).isEqualTo("anna@example.org");
        assertThat(got.recipients()).containsExactly("ben@remote.test", "Cleo@Remote.Test");
        assertBytes(got.data(), mime);
        await("the queue to record it", () -> store.outbound().get(result.messageId()).orElseThrow().isFinished());
        assertThat(queue(result)).extracting(OutboundRecipient::state).containsExactly(State.SENT, State.SENT);
        assertThat(queue(result)).extracting(OutboundRecipient::lastError).allSatisfy(e -> assertThat(e).isNull());
        settle();
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void bareLineFeedsLeaveAsCrlfAndAMissingFinalLineEndIsAdded() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        byte[] lf = "Subject: lf\n\n.dot\nlast".getBytes(StandardCharsets.UTF_8);
        outbox.submit(message(null, "anna@example.org", List.of("ben@remote.test"), lf));
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertThat(new String(sink.received().get(0).data(), StandardCharsets.UTF_8))
                .isEqualTo("Subject: lf\r\n\r\n.dot\r\nlast\r\n");
    }

    @Test
    void localRecipientsLandInTheirInboxOnceAndOnlyRemoteOnesGoToTheRelay() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        byte[] mime = mime("mixed", "Hello both\r\n");
        SubmitResult result = outbox.submit(message("c-mixed", "Anna.K@Example.org",
                List.of("bob@example.org", "ben@remote.test", "BOB@example.org"), mime));

        // Local delivery happened before submit returned.
        List<Item> delivered = inboxWithSubject(bob, "mixed");
        assertThat(delivered).hasSize(1);
        assertThat(stored(delivered.get(0))).isEqualTo(mime);
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertThat(sink.received().get(0).recipients()).containsExactly("ben@remote.test");
        assertThat(sink.received().get(0).from()).as("the alias, as given").isEqualTo("Anna.K@Example.org");
        await("the queue to finish", () -> store.outbound().get(result.messageId()).orElseThrow().isFinished());
        assertThat(queue(result)).extracting(OutboundRecipient::address, OutboundRecipient::local,
                OutboundRecipient::state).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bob@example.org", true, State.SENT),
                        org.assertj.core.groups.Tuple.tuple("ben@remote.test", false, State.SENT));
        settle();
        assertThat(inboxWithSubject(bob, "mixed")).hasSize(1);
        assertThat(sink.received()).hasSize(1);
        assertThat(inboxWithSubject(anna, "mixed")).as("not to the sender").isEmpty();
    }

    @Test
    void localOnlyMailNeedsNoRelay() throws Exception {
        open(noRelay());
        SubmitResult result = outbox.submit(message(null, "anna@example.org", List.of("bob@example.org"),
                mime("local only", "hi\r\n")));
        assertThat(result.outcome()).isEqualTo(SubmitResult.Outcome.ACCEPTED);
        assertThat(inboxWithSubject(bob, "local only")).hasSize(1);
        assertThat(store.outbound().get(result.messageId()).orElseThrow().isFinished()).isTrue();
        assertThatThrownBy(() -> outbox.submit(message(null, "anna@example.org",
                List.of("bob@example.org", "ben@remote.test"), mime("remote", "x\r\n"))))
                .isInstanceOfSatisfying(SubmitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_RELAY));
        assertThat(inboxWithSubject(bob, "remote")).as("nothing of a refused message").isEmpty();
    }

    @Test
    void refusalsNameTheirReasonAndStoreNothing() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        byte[] mime = mime("refused", "x\r\n");
        assertReason(message(null, "bob@example.org", List.of("ben@remote.test"), mime), Reason.SENDER_NOT_ALLOWED);
        assertReason(message(null, "anna@example.org.evil", List.of("ben@remote.test"), mime),
                Reason.SENDER_NOT_ALLOWED);
        assertReason(new OutgoingMessage(bob.id() + 1000, null, "anna@example.org", List.of("ben@remote.test"), mime),
                Reason.SENDER_NOT_ALLOWED);
        assertReason(message(null, "anna@example.org", List.of(), mime), Reason.INVALID_RECIPIENT);
        for (String bad : List.of("no-at-sign", "a@", "@b.test", "a b@remote.test", "a@remote.test>",
                "a@remote.test\r\nRCPT TO:<x@y.test>", "a..b@remote.test", "<a@remote.test>")) {
            assertReason(message(null, "anna@example.org", List.of("ben@remote.test", bad), mime),
                    Reason.INVALID_RECIPIENT);
        }
        assertReason(message(null, "anna@example.org", List.of("ben@remote.test"), new byte[(1 << 20) + 1]),
                Reason.TOO_LARGE);
        store.accounts().setEnabled(anna.id(), false);
        assertReason(message(null, "anna@example.org", List.of("ben@remote.test"), mime), Reason.SENDER_NOT_ALLOWED);
        settle();
        assertThat(sink.received()).isEmpty();
    }

    private void assertReason(OutgoingMessage message, Reason reason) {
        assertThatThrownBy(() -> outbox.submit(message)).as(message.envelopeFrom() + " " + message.recipients())
                .isInstanceOfSatisfying(SubmitException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void aRepeatedClientIdSendsNothingAgain() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        OutgoingMessage m = message("client-42", "anna@example.org", List.of("ben@remote.test", "bob@example.org"),
                mime("once", "x\r\n"));
        SubmitResult first = outbox.submit(m);
        SubmitResult again = outbox.submit(m);
        assertThat(again).isEqualTo(new SubmitResult(SubmitResult.Outcome.DUPLICATE_CLIENT_ID, first.messageId()));
        await("the relay to receive it", () -> sink.received().size() == 1);
        // Also after it finished, and with different content: the ClientId decides.
        await("the queue to finish", () -> store.outbound().get(first.messageId()).orElseThrow().isFinished());
        assertThat(outbox.submit(message("client-42", "anna@example.org", List.of("cleo@remote.test"),
                mime("other", "y\r\n"))).outcome()).isEqualTo(SubmitResult.Outcome.DUPLICATE_CLIENT_ID);
        String longId = "L".repeat(300);
        SubmitResult longFirst = outbox.submit(message(longId, "anna@example.org", List.of("bob@example.org"),
                mime("long id", "z\r\n")));
        assertThat(outbox.submit(message(longId, "anna@example.org", List.of("bob@example.org"),
                mime("long id", "z\r\n")))).isEqualTo(new SubmitResult(SubmitResult.Outcome.DUPLICATE_CLIENT_ID,
                longFirst.messageId()));
        settle();
        assertThat(sink.received()).hasSize(1);
        assertThat(inboxWithSubject(bob, "once")).hasSize(1);
        assertThat(inboxWithSubject(bob, "long id")).hasSize(1);
    }

    @Test
    void concurrentRepeatsOfOneClientIdAreAcceptedOnce() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        OutgoingMessage m = message("c-burst", "anna@example.org", List.of("ben@remote.test", "bob@example.org"),
                mime("burst", "x\r\n"));
        int threads = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<SubmitResult>> results = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return outbox.submit(m);
            }));
        }
        start.countDown();
        List<SubmitResult> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<SubmitResult> f : results) {
            outcomes.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(r -> r.outcome() == SubmitResult.Outcome.ACCEPTED).hasSize(1);
        assertThat(outcomes).extracting(SubmitResult::messageId).containsOnly(outcomes.get(0).messageId());
        await("the relay to receive it", () -> sink.received().size() == 1);
        settle();
        assertThat(sink.received()).hasSize(1);
        assertThat(inboxWithSubject(bob, "burst")).hasSize(1);
    }

    @Test
    void aRelayOutageQueuesTheMessageAndItArrivesOnceWhenTheRelayIsBack() throws Exception {
        int port = RelaySink.freePort();
        open(relay(port));
        byte[] mime = mime("outage", "patience\r\n");
        SubmitResult result = outbox.submit(message("c-outage", "anna@example.org", List.of("ben@remote.test"), mime));
        await("a failed attempt", () -> queue(result).get(0).attempts() >= 2);
        OutboundRecipient waiting = queue(result).get(0);
        assertThat(waiting.state()).isEqualTo(State.PENDING);
        assertThat(waiting.lastError()).startsWith("451 4.4.1 relay 127.0.0.1:" + port);

        sink = RelaySink.start(new RelaySink.Options().port(port));
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertBytes(sink.received().get(0).data(), mime);
        await("the queue to finish", () -> store.outbound().get(result.messageId()).orElseThrow().isFinished());
        settle();
        assertThat(sink.received()).hasSize(1);
        assertThat(inbox(anna)).as("no bounce").isEmpty();
    }

    @Test
    void aMessageQueuedBeforeARestartIsSentOnceAfterIt() throws Exception {
        int port = RelaySink.freePort();
        open(relay(port));
        byte[] mime = mime("restart", "still here\r\n");
        SubmitResult result = outbox.submit(message("c-restart", "anna@example.org", List.of("ben@remote.test"), mime));
        await("a failed attempt", () -> queue(result).get(0).attempts() >= 1);
        outbox.close();
        outbox = null;
        store.close();

        sink = RelaySink.start(new RelaySink.Options().port(port));
        store = MailboxStore.open(storeConfig(dir));
        open(relay(port));   // its first round runs at start
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertBytes(sink.received().get(0).data(), mime);
        settle();
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void workLeftUnderTheLeaseOfACrashedProcessIsTakenOverWhenTheLeaseRunsOut() throws Exception {
        sink = RelaySink.start();
        // A process queued a message, claimed all of it and died before delivering anything.
        Instant now = Instant.now();
        byte[] mime = mime("crash", "x\r\n");
        BlobId blob = store.blobs().put(new ByteArrayInputStream(mime)).id();
        OutboundClaim local = store.outbound().enqueue(new NewOutboundMessage(anna.id(), "c-crash", "anna@example.org",
                blob, mime.length, List.of(new NewOutboundMessage.Recipient("bob@example.org", true),
                        new NewOutboundMessage.Recipient("ben@remote.test", false))), now, Duration.ofMinutes(30));
        assertThat(store.outbound().claimDue(now, Duration.ofMinutes(30), 1000)).as("the dead sender's claim")
                .extracting(c -> c.message().id()).contains(local.message().id());

        open(relay(sink.port()));
        settle();
        assertThat(sink.received()).as("held by the lease").isEmpty();
        assertThat(inboxWithSubject(bob, "crash")).isEmpty();
        outbox.close();
        // An hour later (the clock of the next process), the leases have run out.
        open(relay(sink.port()), Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
        await("the relay to receive it", () -> sink.received().size() == 1);
        await("the local delivery", () -> inboxWithSubject(bob, "crash").size() == 1);
        assertBytes(sink.received().get(0).data(), mime);
        settle();
        assertThat(sink.received()).hasSize(1);
        assertThat(inboxWithSubject(bob, "crash")).hasSize(1);
        assertThat(store.outbound().findByClientId(anna.id(), "c-crash").orElseThrow().isFinished()).isTrue();
    }

    @Test
    void twoOutboxesOnOneDatabaseSendEachMessageOnce() throws Exception {
        sink = RelaySink.start();
        open(relay(sink.port()));
        try (Outbox second = Outbox.start(store, new MailDelivery(store, Clock.systemUTC()), relay(sink.port()),
                Clock.systemUTC())) {
            int messages = 30;
            for (int i = 0; i < messages; i++) {
                (i % 2 == 0 ? outbox : second).submit(message(null, "anna@example.org",
                        List.of("ben@remote.test", "cleo@remote.test"), mime("race " + i, "x\r\n")));
            }
            await("every message to arrive", () -> {
                second.wake();
                return sink.received().size() >= messages;
            });
            settle();
            second.wake();
            Thread.sleep(300);
        }
        List<String> subjects = sink.received().stream().map(r -> new String(r.data(), StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow()).toList();
        assertThat(subjects).hasSize(30).doesNotHaveDuplicates();
        assertThat(sink.received()).allSatisfy(r -> assertThat(r.recipients())
                .containsExactly("ben@remote.test", "cleo@remote.test"));
    }

    @Test
    void aPermanentRefusalBouncesToTheSenderWhileTheOtherRecipientsGetIt() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().reject("nobody@remote.test", 550, "5.1.1 No such user here"));
        open(relay(sink.port()));
        byte[] mime = mime("bounce me", "x\r\n");
        SubmitResult result = outbox.submit(message(null, "anna@example.org",
                List.of("nobody@remote.test", "ben@remote.test"), mime));
        await("the bounce", () -> inbox(anna).size() == 1);
        assertThat(sink.received()).hasSize(1);
        assertThat(sink.received().get(0).recipients()).containsExactly("ben@remote.test");
        assertThat(queue(result)).extracting(OutboundRecipient::state).containsExactly(State.FAILED, State.SENT);
        assertThat(queue(result).get(0).lastError()).isEqualTo("550 5.1.1 No such user here");

        Item bounce = inbox(anna).get(0);
        assertThat(bounce.properties().text(EmailProperty.SUBJECT)).isEqualTo("Undelivered Mail Returned to Sender");
        String report = new String(stored(bounce), StandardCharsets.UTF_8);
        assertThat(report).startsWith("From: Mail Delivery System <MAILER-DAEMON@pushbox.test>\r\n")
                .contains("Content-Type: multipart/report; report-type=delivery-status;")
                .contains("<nobody@remote.test>: 550 5.1.1 No such user here")
                .contains("Reporting-MTA: dns; pushbox.test")
                .contains("Final-Recipient: rfc822; nobody@remote.test\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                        + "Diagnostic-Code: smtp; 550 5.1.1 No such user here")
                .contains("Content-Type: text/rfc822-headers\r\n\r\nFrom: Anna <anna@example.org>\r\n")
                .contains("Subject: bounce me\r\n")
                .doesNotContain("ben@remote.test>: ");
        settle();
        assertThat(inbox(anna)).as("one bounce").hasSize(1);
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void aTransientRefusalIsRetriedAndArrivesOnce() throws Exception {
        RelaySink.Options options = new RelaySink.Options().reject("busy@remote.test", 450, "4.2.1 try later");
        sink = RelaySink.start(options);
        open(relay(sink.port()));
        SubmitResult result = outbox.submit(message(null, "anna@example.org",
                List.of("busy@remote.test", "ben@remote.test"), mime("busy", "x\r\n")));
        await("the first attempt", () -> queue(result).get(0).attempts() >= 1);
        assertThat(queue(result).get(0).lastError()).isEqualTo("450 4.2.1 try later");
        options.rejectRecipients.clear();
        await("the retry", () -> sink.received().size() == 2);
        assertThat(sink.received()).extracting(RelaySink.Received::recipients)
                .containsExactly(List.of("ben@remote.test"), List.of("busy@remote.test"));
        settle();
        assertThat(sink.received()).hasSize(2);
        assertThat(inbox(anna)).isEmpty();
    }

    @Test
    void aRecipientThatKeepsFailingIsGivenUpAndBounced() throws Exception {
        int port = RelaySink.freePort();
        RelaySettings r = relay(port);
        open(new RelaySettings(r.host(), port, r.security(), r.credentials(), r.helo(), r.trustFile(),
                r.connectTimeout(), r.timeout(), r.retryFirst(), r.retryMax(), Duration.ofSeconds(1),
                r.maxMessageBytes()));
        SubmitResult result = outbox.submit(message(null, "anna@example.org", List.of("ben@remote.test"),
                mime("give up", "x\r\n")));
        await("the bounce", () -> inbox(anna).size() == 1);
        assertThat(queue(result).get(0).state()).isEqualTo(State.FAILED);
        assertThat(queue(result).get(0).lastError()).startsWith("gave up: 451 4.4.1");
        String report = new String(stored(inbox(anna).get(0)), StandardCharsets.UTF_8);
        assertThat(report).contains("<ben@remote.test>: gave up retrying; last reply: 451 4.4.1")
                .contains("Status: 4.4.1");
    }

    @Test
    void aLocalRecipientWhoseAccountIsDisabledBouncesAndABounceIsNeverBounced() throws Exception {
        open(noRelay());
        store.accounts().setEnabled(bob.id(), false);
        SubmitResult result = outbox.submit(message(null, "anna@example.org", List.of("bob@example.org"),
                mime("disabled", "x\r\n")));
        assertThat(queue(result).get(0).state()).isEqualTo(State.FAILED);
        assertThat(inbox(anna)).hasSize(1);
        assertThat(new String(stored(inbox(anna).get(0)), StandardCharsets.UTF_8))
                .contains("Status: 5.2.1");
        assertThat(inbox(bob)).isEmpty();
    }
}
