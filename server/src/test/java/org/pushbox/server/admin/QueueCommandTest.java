package org.pushbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.CliRunner.Run;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.NewOutboundMessage.Recipient;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundEntry;
import org.pushbox.storage.api.OutboundFilter;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.RecipientUpdate;

/** {@code pushbox queue list|show|retry|delete|bounce} through the real command line on an H2 store. */
class QueueCommandTest {

    static final String NL = System.lineSeparator();
    static final String REFUSED = "451 4.4.1 relay 127.0.0.1:25 unreachable or the connection broke: "
            + "java.net.ConnectException: Connection refused";

    @TempDir
    Path dir;

    CliRunner cli;
    /** anna to ben (deferred an hour after one attempt) and carl (sent). */
    long deferred;
    /** bob to dora, never tried yet. */
    long fresh;
    /** Their sizes, as list shows them. */
    String deferredSize;
    String freshSize;
    Instant queuedAt;

    @BeforeEach
    void aQueueWithWaitingMail() throws Exception {
        cli = new CliRunner(dir);
        queuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (MailboxStore store = cli.open()) {
            Account anna = store.accounts().create(NewAccount.of("anna", "pw", "Anna", "anna@example.org"));
            Account bob = store.accounts().create(NewAccount.of("bob", "pw", "Bob", "bob@example.org"));
            store.accounts().create(NewAccount.of("cara", "pw", "Cara", "cara@example.org"));
            deferred = enqueue(store, anna, "Lunch", "ben@remote.test", "carl@remote.test");
            OutboundClaim claim = store.outbound().claimDue(queuedAt, Duration.ofMinutes(5), 1).get(0);
            List<OutboundRecipient> r = claim.recipients();
            store.outbound().complete(claim.token(), List.of(
                    RecipientUpdate.retryAt(r.get(0).id(), queuedAt.plus(Duration.ofHours(1)), REFUSED),
                    RecipientUpdate.sent(r.get(1).id())), queuedAt);
            fresh = enqueue(store, bob, "Hello", "dora@remote.test");
        }
    }

    /** Queues a message of {@code from} to remote recipients, due at once; its size is remembered. */
    long enqueue(MailboxStore store, Account from, String subject, String... to) throws Exception {
        byte[] mime = ("From: <" + from.primaryAddress() + ">\r\nTo: <" + to[0] + ">\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject + "@example.org>\r\n\r\nsee you\r\n").getBytes(StandardCharsets.UTF_8);
        BlobId blob = store.blobs().put(new ByteArrayInputStream(mime)).id();
        if (deferredSize == null) {
            deferredSize = mime.length + " B";
        } else {
            freshSize = mime.length + " B";
        }
        List<Recipient> recipients = java.util.Arrays.stream(to).map(a -> new Recipient(a, false)).toList();
        return store.outbound().enqueue(new NewOutboundMessage(from.id(), null, from.primaryAddress(), blob,
                mime.length, recipients), queuedAt, Duration.ofMinutes(5)).message().id();
    }

    List<OutboundRecipient> recipients(long id) throws Exception {
        try (MailboxStore store = cli.open()) {
            return store.outbound().recipients(id);
        }
    }

    List<String> lines(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.out().lines().toList();
    }

    static void assertOneLineError(Run run, String expected) {
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("pushbox: " + expected + NL);
    }

    @Test
    void listShowsThePendingRecipientsInAlignedColumns() {
        List<String> lines = lines(cli.run("queue", "list"));
        assertThat(lines).hasSize(3);
        String header = lines.get(0);
        assertThat(header.split(" {2,}")).containsExactly("ID", "ACCOUNT", "FROM", "TO", "STATE", "ATTEMPTS",
                "NEXT ATTEMPT", "SIZE", "QUEUED", "LAST REPLY");
        String ben = lines.get(1);
        assertThat(ben.split(" {2,}")).containsExactly(Long.toString(deferred), "anna", "anna@example.org",
                "ben@remote.test", "pending", "1", queuedAt.plus(Duration.ofHours(1)).toString(), deferredSize,
                queuedAt.toString(), REFUSED.substring(0, 57) + "...");
        // Aligned: a cell starts where its header does, whatever the width of the cells before it.
        assertThat(lines.get(2).indexOf("dora@remote.test")).isEqualTo(header.indexOf("TO"));
        assertThat(ben.indexOf("pending")).isEqualTo(header.indexOf("STATE"));
        assertThat(lines.get(2).lastIndexOf("  -")).isEqualTo(header.indexOf("LAST REPLY") - 2);
        assertThat(lines.get(2).split(" {2,}")).containsExactly(Long.toString(fresh), "bob", "bob@example.org",
                "dora@remote.test", "pending", "0", queuedAt.toString(), freshSize, queuedAt.toString(), "-");
    }

    @Test
    void listAllAddsFinishedRecipientsAndFiltersByAccountAndLimit() {
        List<String> all = lines(cli.run("queue", "list", "--all"));
        assertThat(all).hasSize(4);
        assertThat(all.get(2).split(" {2,}")).containsExactly(Long.toString(deferred), "anna", "anna@example.org",
                "carl@remote.test", "sent", "1", "-", deferredSize, queuedAt.toString(), "-");

        List<String> bobs = lines(cli.run("queue", "list", "--account", "BOB"));
        assertThat(bobs).hasSize(2);
        assertThat(bobs.get(1)).contains("dora@remote.test");
        assertThat(lines(cli.run("queue", "list", "--account", "cara")))
                .containsExactly("the queue is empty: no recipient of cara is pending");
        assertThat(lines(cli.run("queue", "list", "--all", "--account", "cara")))
                .containsExactly("the queue is empty: no message of cara is kept");
        assertOneLineError(cli.run("queue", "list", "--account", "nobody"), "no account with login 'nobody'");

        List<String> one = lines(cli.run("queue", "list", "--limit", "1"));
        assertThat(one).hasSize(3);
        assertThat(one.get(1)).contains("ben@remote.test");
        assertThat(one.get(2)).isEqualTo("(the first 1 lines; more with --limit)");
        assertThat(lines(cli.run("queue", "list", "--limit", "2"))).as("exactly the limit: nothing cut").hasSize(3);
        assertOneLineError(cli.run("queue", "list", "--limit", "0"), "--limit must be at least 1");
    }

    @Test
    void anEmptyQueueSaysSo() throws Exception {
        assertThat(cli.run("queue", "delete", Long.toString(deferred), "--yes").exit()).isZero();
        assertThat(cli.run("queue", "delete", Long.toString(fresh), "--yes").exit()).isZero();
        assertThat(lines(cli.run("queue", "list"))).containsExactly("the queue is empty: no recipient is pending");
        assertThat(lines(cli.run("queue", "list", "--all"))).hasSize(4);
    }

    @Test
    void showPrintsTheEnvelopeAndEveryRecipientWithItsWholeReply() {
        List<String> lines = lines(cli.run("queue", "show", Long.toString(deferred)));
        assertThat(lines.subList(0, 7)).containsExactly("message " + deferred, "  account:    anna",
                "  from:       <anna@example.org>", "  client id:  -",
                "  size:       " + deferredSize + " (" + deferredSize.replace(" B", "") + " bytes)",
                "  queued at:  " + queuedAt, "  finished:   no, 1 of 2 recipient(s) pending");
        assertThat(lines.get(7).split(" {2,}")).containsExactly("RECIPIENT", "ROUTE", "STATE", "ATTEMPTS",
                "NEXT ATTEMPT", "LAST REPLY");
        assertThat(lines.get(8).split(" {2,}")).containsExactly("ben@remote.test", "relay", "pending", "1",
                queuedAt.plus(Duration.ofHours(1)).toString(), REFUSED);
        assertThat(lines.get(9).split(" {2,}")).containsExactly("carl@remote.test", "relay", "sent", "1", "-", "-");
        assertThat(lines).hasSize(10);
    }

    @Test
    void badOrUnknownIdsAreRefusedInOneLine() {
        for (List<String> command : List.of(List.of("show"), List.of("retry"), List.of("delete", "--yes"),
                List.of("bounce"))) {
            String name = command.get(0);
            List<String> args = new java.util.ArrayList<>(List.of("queue"));
            args.addAll(command);
            args.add("12x");
            assertOneLineError(cli.run(args.toArray(String[]::new)),
                    "'12x' is not a message id (a number, as pushbox queue list shows)");
            args.set(args.size() - 1, "0");
            assertOneLineError(cli.run(args.toArray(String[]::new)),
                    "'0' is not a message id (a number, as pushbox queue list shows)");
            args.set(args.size() - 1, "999999");
            Run unknown = cli.run(args.toArray(String[]::new));
            assertThat(unknown.exit()).as(name).isEqualTo(1);
            assertThat(unknown.err()).as(name).startsWith("pushbox: no message 999999 in the queue").endsWith(")" + NL)
                    .hasLineCount(1);
        }
    }

    @Test
    void retryMakesPendingRecipientsDueNowAndSaysWhoSendsThem() throws Exception {
        Instant before = Instant.now();
        Run retry = cli.run("queue", "retry", Long.toString(deferred));
        assertThat(lines(retry)).containsExactly("message " + deferred + ": 1 recipient(s) due now; the server's "
                + "relay thread picks this up when the server starts (the embedded database allows one process at a "
                + "time)");
        OutboundRecipient ben = recipients(deferred).get(0);
        assertThat(ben.nextAttempt()).isBetween(before.truncatedTo(ChronoUnit.MICROS), Instant.now());
        assertThat(ben.attempts()).as("not an attempt itself").isOne();
        assertThat(recipients(deferred).get(1).state()).isEqualTo(State.SENT);

        assertThat(lines(cli.run("queue", "retry", Long.toString(deferred)))).containsExactly("message " + deferred
                + ": nothing to retry, its pending recipient(s) are due already or being sent");
        assertThat(lines(cli.run("queue", "retry", "--all")))
                .containsExactly("nothing to retry: no pending recipient waits for a later attempt");
        assertOneLineError(cli.run("queue", "retry"), "give either a message ID or --all");
        assertOneLineError(cli.run("queue", "retry", "--all", Long.toString(deferred)),
                "give either a message ID or --all");
    }

    @Test
    void retryAllCoversEveryMessageAndAFinishedMessageHasNothingToRetry() throws Exception {
        try (MailboxStore store = cli.open()) {
            OutboundClaim claim = store.outbound().claimMessage(fresh, Instant.now(), Duration.ofMinutes(5))
                    .orElseThrow();
            store.outbound().complete(claim.token(), List.of(RecipientUpdate.retryAt(claim.recipients().get(0).id(),
                    Instant.now().plus(Duration.ofHours(2)), "421 4.3.2 shutting down")), Instant.now());
        }
        assertThat(lines(cli.run("queue", "retry", "--all"))).hasSize(1).first().asString()
                .startsWith("2 recipient(s) due now; ");
        assertThat(recipients(fresh).get(0).nextAttempt()).isBefore(Instant.now().plusSeconds(1));

        assertThat(cli.run("queue", "delete", Long.toString(fresh), "--yes").exit()).isZero();
        Run finished = cli.run("queue", "retry", Long.toString(fresh));
        assertThat(finished.exit()).isEqualTo(1);
        assertThat(finished.err()).startsWith("pushbox: message " + fresh + " has nothing pending (finished 20")
                .hasLineCount(1);
    }

    @Test
    void deleteAsksOrWantsYesThenGivesUpWithoutABounce() throws Exception {
        String id = Long.toString(deferred);
        assertOneLineError(cli.runPrepared(noTerminal(), "queue", "delete", id), "deleting message " + id
                + " from <anna@example.org> gives up 1 pending recipient(s) (ben@remote.test) without telling the "
                + "sender; repeat with --yes, or use 'pushbox queue bounce " + id + "' to return it to the sender");
        Run declined = cli.runPrepared(answer(false), "queue", "delete", id);
        assertThat(declined.exit()).isEqualTo(1);
        assertThat(declined.out()).isEqualTo("nothing deleted" + NL);
        assertThat(recipients(deferred).get(0).state()).isEqualTo(State.PENDING);

        Run delete = cli.runPrepared(answer(true), "queue", "delete", id);
        assertThat(lines(delete)).containsExactly("message " + id
                + ": gave up 1 recipient(s) without a bounce: ben@remote.test");
        OutboundRecipient ben = recipients(deferred).get(0);
        assertThat(ben.state()).isEqualTo(State.FAILED);
        assertThat(ben.attempts()).isOne();
        assertThat(ben.lastError()).isEqualTo("deleted by the operator (pushbox queue delete), no bounce; last reply: "
                + REFUSED);
        try (MailboxStore store = cli.open()) {
            assertThat(store.outbound().get(deferred).orElseThrow().isFinished()).isTrue();
            assertThat(store.outbound().list(OutboundFilter.all())).as("no bounce queued")
                    .extracting(e -> e.message().id()).containsOnly(deferred, fresh);
        }
        Run again = cli.run("queue", "delete", id, "--yes");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith("pushbox: message " + id + " has nothing pending (finished ");
        assertThat(lines(cli.run("queue", "show", id))).anySatisfy(line -> assertThat(line)
                .matches("ben@remote\\.test +relay +failed +1 +- +deleted by the operator .*"));
    }

    @Test
    void bounceFailsThePendingRecipientsAndQueuesOneBounceForTheSendersInbox() throws Exception {
        String id = Long.toString(deferred);
        List<String> out = lines(cli.run("queue", "bounce", id));
        assertThat(out).containsExactly("message " + id + ": gave up 1 recipient(s): ben@remote.test",
                "a bounce to <anna@example.org> is queued; the server's relay thread picks this up when the server "
                        + "starts (the embedded database allows one process at a time)");
        assertThat(recipients(deferred).get(0).state()).isEqualTo(State.FAILED);
        assertThat(recipients(deferred).get(0).lastError())
                .isEqualTo("bounced by the operator (pushbox queue bounce); last reply: " + REFUSED);

        OutboundEntry bounce;
        try (MailboxStore store = cli.open()) {
            List<OutboundEntry> queued = store.outbound().list(OutboundFilter.pending()).stream()
                    .filter(e -> e.message().id() != fresh).toList();
            assertThat(queued).hasSize(1);
            bounce = queued.get(0);
            assertThat(bounce.message().envelopeFrom()).isEmpty();
            assertThat(bounce.recipient().address()).isEqualTo("anna@example.org");
            assertThat(bounce.recipient().local()).isTrue();
            assertThat(bounce.isLeasedAt(Instant.now())).as("free for the server's relay thread").isFalse();
            assertThat(bounce.recipient().nextAttempt()).isBeforeOrEqualTo(Instant.now());
            String report;
            try (InputStream in = store.blobs().open(bounce.message().mime())) {
                report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(report).contains("Subject: Undelivered Mail Returned to Sender")
                    .contains("<ben@remote.test>: 554 5.0.0 delivery cancelled by the mail administrator; last reply: "
                            + REFUSED)
                    .contains("Final-Recipient: rfc822; ben@remote.test\r\nAction: failed\r\nStatus: 5.0.0\r\n")
                    .contains("Subject: Lunch\r\n").doesNotContain("carl@remote.test>:");
        }
        assertThat(lines(cli.run("queue", "list"))).anySatisfy(line -> assertThat(line.split(" {2,}"))
                .startsWith(Long.toString(bounce.message().id()), "anna", "<>", "anna@example.org", "pending"));

        // A bounce is never bounced: giving up on one queues nothing.
        String bounceId = Long.toString(bounce.message().id());
        assertThat(lines(cli.run("queue", "bounce", bounceId))).containsExactly("message " + bounceId
                + ": gave up 1 recipient(s): anna@example.org",
                "the message is itself a bounce, so nothing is sent back");
        try (MailboxStore store = cli.open()) {
            assertThat(store.outbound().list(OutboundFilter.pending())).extracting(e -> e.message().id())
                    .containsExactly(fresh);
        }
    }

    @Test
    void aMessageARelayTransferHoldsIsNeitherDeletedNorBounced() throws Exception {
        Instant until;
        try (MailboxStore store = cli.open()) {
            OutboundClaim relay = store.outbound().claimDue(Instant.now(), Duration.ofMinutes(10), 10).stream()
                    .filter(c -> c.message().id() == fresh).findFirst().orElseThrow();
            until = relay.leaseUntil();
        }
        String id = Long.toString(fresh);
        String held = "message " + id + " is being sent right now (held until " + until.truncatedTo(ChronoUnit.SECONDS)
                + "); try again once that transfer is over";
        assertOneLineError(cli.run("queue", "delete", id, "--yes"), held);
        assertOneLineError(cli.run("queue", "bounce", id), held);
        assertThat(recipients(fresh).get(0).state()).isEqualTo(State.PENDING);
        assertThat(lines(cli.run("queue", "list", "--account", "bob")).get(1).split(" {2,}")[4]).isEqualTo("sending");
        assertThat(lines(cli.run("queue", "show", id))).anySatisfy(line -> assertThat(line)
                .contains("sending").contains("held until " + until.truncatedTo(ChronoUnit.SECONDS)));
    }

    static java.util.function.Consumer<Object> noTerminal() {
        return command -> ((QueueCommand.Delete) command).confirmation = question -> Optional.empty();
    }

    static java.util.function.Consumer<Object> answer(boolean yes) {
        return command -> ((QueueCommand.Delete) command).confirmation = question -> {
            assertThat(question).endsWith("without telling the sender. Delete?");
            return Optional.of(yes);
        };
    }
}
