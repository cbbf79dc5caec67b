package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.LeaseHeldException;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.NewOutboundMessage.Recipient;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundEntry;
import org.pushbox.storage.api.OutboundFilter;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.RecipientUpdate;

/**
 * The outbound queue. Tests share one database, so claims are filtered to the test's own messages: a
 * claim may also pick up another test's leftovers, which nobody looks at again.
 */
interface OutboundQueueContract extends StoreFixture {

    Duration LEASE = Duration.ofMinutes(10);

    private BlobId blob(String text) {
        try {
            return store().blobs().put(new ByteArrayInputStream((text + " " + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8))).id();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private NewOutboundMessage message(Account a, String clientId, Recipient... recipients) {
        return new NewOutboundMessage(a.id(), clientId, a.primaryAddress(), blob("mime"), 1234, List.of(recipients));
    }

    private static List<OutboundClaim> mine(List<OutboundClaim> claims, long... messageIds) {
        Set<Long> ids = new HashSet<>();
        for (long id : messageIds) {
            ids.add(id);
        }
        return claims.stream().filter(c -> ids.contains(c.message().id())).toList();
    }

    @Test
    default void enqueueKeepsEverythingAndClaimsOnlyTheLocalRecipients() {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T08:00:00.123456Z");
        NewOutboundMessage m = message(a, "c-1", new Recipient("ben@example.net", false),
                new Recipient("carl@example.org", true), new Recipient("Dora@Example.net", false));
        OutboundClaim local = store().outbound().enqueue(m, now, LEASE);

        OutboundMessage stored = store().outbound().get(local.message().id()).orElseThrow();
        assertThat(stored).isEqualTo(local.message());
        assertThat(stored).isEqualTo(new OutboundMessage(stored.id(), a.id(), "c-1", a.primaryAddress(), m.mime(), 1234,
                now, null));
        assertThat(store().outbound().findByClientId(a.id(), "c-1")).contains(stored);
        assertThat(store().outbound().findByClientId(a.id(), "c-2")).isEmpty();
        assertThat(store().outbound().findByClientId(newAccount().id(), "c-1")).as("another account").isEmpty();
        assertThat(local.leaseUntil()).isEqualTo(now.plus(LEASE));
        assertThat(local.recipients()).extracting(OutboundRecipient::address).containsExactly("carl@example.org");
        assertThat(store().outbound().recipients(stored.id())).extracting(OutboundRecipient::address,
                OutboundRecipient::local, OutboundRecipient::state, OutboundRecipient::attempts,
                OutboundRecipient::nextAttempt).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ben@example.net", false, State.PENDING, 0, now),
                        org.assertj.core.groups.Tuple.tuple("carl@example.org", true, State.PENDING, 0, now),
                        org.assertj.core.groups.Tuple.tuple("Dora@Example.net", false, State.PENDING, 0, now));

        List<OutboundClaim> claims = mine(store().outbound().claimDue(now, LEASE, 1000), stored.id());
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).message()).isEqualTo(stored);
        assertThat(claims.get(0).recipients()).extracting(OutboundRecipient::address)
                .containsExactly("ben@example.net", "Dora@Example.net");
        assertThat(claims.get(0).token()).isNotEqualTo(local.token());
    }

    @Test
    default void aRepeatedClientIdIsAConflictAndStoresNothing() {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T08:00:00Z");
        OutboundMessage first = store().outbound().enqueue(message(a, "same", new Recipient("x@example.net", false)),
                now, LEASE).message();
        assertThatThrownBy(() -> store().transaction(tx -> tx.outbound().enqueue(
                message(a, "same", new Recipient("y@example.net", false)), now, LEASE)))
                .isInstanceOf(ConflictException.class);
        assertThat(store().outbound().findByClientId(a.id(), "same")).contains(first);
        assertThat(store().outbound().recipients(first.id() + 1)).as("no recipient rows of the refused one").isEmpty();
        // Without a client id nothing collides; another account may use the same one.
        OutboundMessage n1 = store().outbound().enqueue(message(a, null, new Recipient("x@example.net", false)), now,
                LEASE).message();
        OutboundMessage n2 = store().outbound().enqueue(message(a, null, new Recipient("x@example.net", false)), now,
                LEASE).message();
        assertThat(n1.id()).isNotEqualTo(n2.id());
        assertThat(n1.clientId()).isNull();
        Account b = newAccount();
        store().outbound().enqueue(message(b, "same", new Recipient("x@example.net", false)), now, LEASE);
        assertThat(store().outbound().findByClientId(b.id(), "same")).isPresent();
    }

    @Test
    default void aLeaseHidesRowsUntilItRunsOutAndAStaleTokenChangesNothing() {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T09:00:00Z");
        long id = store().outbound().enqueue(message(a, null, new Recipient("r@example.net", false)), now, LEASE)
                .message().id();
        OutboundClaim first = mine(store().outbound().claimDue(now, LEASE, 1000), id).get(0);
        assertThat(mine(store().outbound().claimDue(now.plusSeconds(60), LEASE, 1000), id)).as("held").isEmpty();
        // Renewed, the lease outlives its first expiry; then the holder stops renewing.
        assertThat(store().outbound().renew(first.token(), now.plus(LEASE).plusSeconds(30))).isOne();
        assertThat(mine(store().outbound().claimDue(now.plus(LEASE).plusSeconds(1), LEASE, 1000), id))
                .as("renewed").isEmpty();
        now = now.plusSeconds(30);

        // The holder died: after the lease, another sender takes the row over.
        Instant later = now.plus(LEASE).plusSeconds(1);
        OutboundClaim second = mine(store().outbound().claimDue(later, LEASE, 1000), id).get(0);
        long rcpt = second.recipients().get(0).id();
        assertThat(store().outbound().complete(first.token(), List.of(RecipientUpdate.sent(rcpt)), later))
                .as("the first holder's late report").isZero();
        assertThat(store().outbound().recipients(id).get(0).state()).isEqualTo(State.PENDING);
        assertThat(store().outbound().complete(second.token(), List.of(RecipientUpdate.sent(rcpt)), later)).isOne();
        assertThat(store().outbound().recipients(id).get(0).state()).isEqualTo(State.SENT);
        assertThat(store().outbound().complete(second.token(), List.of(RecipientUpdate.failed(rcpt, "x")), later))
                .as("final rows stay final").isZero();
    }

    @Test
    default void retriesWaitFailuresStickAndAFinishedMessageReleasesItsBlob() throws Exception {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        NewOutboundMessage m = message(a, "fin", new Recipient("ok@example.net", false),
                new Recipient("later@example.net", false), new Recipient("bad@example.net", false));
        long id = store().outbound().enqueue(m, now, LEASE).message().id();
        OutboundClaim claim = mine(store().outbound().claimDue(now, LEASE, 1000), id).get(0);
        List<OutboundRecipient> r = claim.recipients();
        Instant retry = now.plusSeconds(60);
        String longReply = "451 4.3.0 " + "x".repeat(2000);
        assertThat(store().outbound().complete(claim.token(), List.of(RecipientUpdate.sent(r.get(0).id()),
                RecipientUpdate.retryAt(r.get(1).id(), retry, longReply),
                RecipientUpdate.failed(r.get(2).id(), "550 5.1.1 no such user")), now)).isEqualTo(3);

        List<OutboundRecipient> after = store().outbound().recipients(id);
        assertThat(after).extracting(OutboundRecipient::state).containsExactly(State.SENT, State.PENDING, State.FAILED);
        assertThat(after).extracting(OutboundRecipient::attempts).containsExactly(1, 1, 1);
        assertThat(after.get(1).nextAttempt()).isEqualTo(retry);
        assertThat(after.get(1).lastError()).hasSize(1000).startsWith("451 4.3.0 xxx").endsWith("...");
        assertThat(after.get(2).lastError()).isEqualTo("550 5.1.1 no such user");
        assertThat(store().outbound().get(id).orElseThrow().isFinished()).isFalse();

        Thread.sleep(5);
        store().blobs().collectGarbage(Duration.ZERO);
        assertThat(store().blobs().info(m.mime())).as("kept while queued").isPresent();

        assertThat(mine(store().outbound().claimDue(retry.minusNanos(1000), LEASE, 1000), id)).as("not due").isEmpty();
        OutboundClaim again = mine(store().outbound().claimDue(retry, LEASE, 1000), id).get(0);
        assertThat(again.recipients()).extracting(OutboundRecipient::address).containsExactly("later@example.net");
        Instant done = retry.plusSeconds(1);
        store().outbound().complete(again.token(), List.of(RecipientUpdate.sent(again.recipients().get(0).id())), done);
        OutboundMessage finished = store().outbound().get(id).orElseThrow();
        assertThat(finished.finished()).isEqualTo(done);
        assertThat(finished.mime()).isNull();
        assertThat(store().outbound().recipients(id).get(1).attempts()).isEqualTo(2);
        assertThat(store().outbound().findByClientId(a.id(), "fin")).as("still known for its client id").isPresent();

        Thread.sleep(5);
        store().blobs().collectGarbage(Duration.ZERO);
        assertThat(store().blobs().info(m.mime())).as("released once finished").isEmpty();

        assertThat(store().outbound().purgeFinished(done)).as("finished at, not before").isZero();
        assertThat(store().outbound().purgeFinished(done.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(store().outbound().get(id)).isEmpty();
        assertThat(store().outbound().recipients(id)).isEmpty();
    }

    @Test
    default void releaseGivesRowsBackAndDeletingTheAccountDropsItsQueue() {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T11:00:00Z");
        OutboundClaim local = store().outbound().enqueue(message(a, "rel", new Recipient("me@example.org", true)), now,
                LEASE);
        long id = local.message().id();
        assertThat(mine(store().outbound().claimDue(now, LEASE, 1000), id)).isEmpty();
        assertThat(store().outbound().release(local.token())).isOne();
        assertThat(mine(store().outbound().claimDue(now, LEASE, 1000), id)).hasSize(1);

        store().accounts().delete(a.id());
        assertThat(store().outbound().get(id)).isEmpty();
        assertThat(store().outbound().recipients(id)).isEmpty();
    }

    @Test
    default void concurrentSendersNeverClaimTheSameRecipient() throws Exception {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            ids.add(store().outbound().enqueue(message(a, null, new Recipient("a" + i + "@example.net", false),
                    new Recipient("b" + i + "@example.net", false)), now, LEASE).message().id());
        }
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                List<Long> got = new ArrayList<>();
                for (int round = 0; round < 20; round++) {
                    for (OutboundClaim c : store().outbound().claimDue(now, LEASE, 3)) {
                        if (ids.contains(c.message().id())) {
                            c.recipients().forEach(r -> got.add(r.id()));
                        }
                    }
                }
                return got;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        // Whatever the racers left is claimed now; together every row was claimed exactly once.
        for (OutboundClaim c : mine(store().outbound().claimDue(now, LEASE, 1000), ids.stream().mapToLong(x -> x)
                .toArray())) {
            c.recipients().forEach(r -> all.add(r.id()));
        }
        assertThat(all).hasSize(80).doesNotHaveDuplicates();
    }

    /** Queues a message whose remote recipients were tried once and wait until {@code retry}, with that reply. */
    private long deferred(Account a, Instant now, Instant retry, String... addresses) {
        List<Recipient> recipients = new ArrayList<>();
        for (String address : addresses) {
            recipients.add(new Recipient(address, false));
        }
        long id = store().outbound().enqueue(message(a, null, recipients.toArray(Recipient[]::new)), now, LEASE)
                .message().id();
        OutboundClaim claim = store().outbound().claimMessage(id, now, LEASE).orElseThrow();
        store().outbound().complete(claim.token(), claim.recipients().stream()
                .map(r -> RecipientUpdate.retryAt(r.id(), retry, "451 4.4.1 relay unreachable")).toList(), now);
        return id;
    }

    @Test
    default void listShowsPendingOrEveryRecipientInQueueOrderWithItsLease() {
        Account a = newAccount();
        Account other = newAccount();
        Instant now = Instant.parse("2026-11-22T13:00:00Z");
        long first = store().outbound().enqueue(message(a, null, new Recipient("x@example.net", false),
                new Recipient("y@example.net", false), new Recipient("z@example.net", false)), now, LEASE)
                .message().id();
        OutboundClaim claim = mine(store().outbound().claimDue(now, LEASE, 1000), first).get(0);
        List<OutboundRecipient> r = claim.recipients();
        store().outbound().complete(claim.token(), List.of(RecipientUpdate.sent(r.get(0).id()),
                RecipientUpdate.failed(r.get(1).id(), "550 5.1.1 unknown")), now);
        long second = deferred(a, now, now.plusSeconds(600), "w@example.net");
        long others = deferred(other, now, now.plusSeconds(600), "v@example.net");

        List<OutboundEntry> pending = store().outbound().list(OutboundFilter.pending().ofAccount(a.id()));
        assertThat(pending).extracting(e -> e.message().id(), e -> e.recipient().address()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, "z@example.net"),
                org.assertj.core.groups.Tuple.tuple(second, "w@example.net"));
        assertThat(pending.get(0).message().envelopeFrom()).isEqualTo(a.primaryAddress());
        assertThat(pending.get(0).isLeasedAt(now)).as("z is still held by the claim").isTrue();
        assertThat(pending.get(0).leaseUntil()).isEqualTo(now.plus(LEASE));
        assertThat(pending.get(0).isLeasedAt(now.plus(LEASE).plusSeconds(1))).isFalse();
        assertThat(pending.get(1).leaseUntil()).isNull();
        assertThat(pending.get(1).recipient().lastError()).isEqualTo("451 4.4.1 relay unreachable");
        assertThat(pending.get(1).recipient().attempts()).isOne();

        assertThat(store().outbound().list(OutboundFilter.all().ofAccount(a.id())))
                .extracting(e -> e.recipient().address(), e -> e.recipient().state()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("x@example.net", State.SENT),
                        org.assertj.core.groups.Tuple.tuple("y@example.net", State.FAILED),
                        org.assertj.core.groups.Tuple.tuple("z@example.net", State.PENDING),
                        org.assertj.core.groups.Tuple.tuple("w@example.net", State.PENDING));
        assertThat(store().outbound().list(OutboundFilter.all().ofMessage(first)))
                .extracting(e -> e.recipient().address()).containsExactly("x@example.net", "y@example.net",
                        "z@example.net");
        assertThat(store().outbound().list(OutboundFilter.all().ofAccount(a.id()).limit(2))).hasSize(2);
        assertThat(store().outbound().list(OutboundFilter.pending()))
                .extracting(e -> e.message().id()).contains(first, second, others);
        assertThat(store().outbound().list(OutboundFilter.all().ofMessage(others).ofAccount(a.id())))
                .as("another account's message").isEmpty();
        assertThatThrownBy(() -> OutboundFilter.pending().limit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void retryNowMakesPendingRecipientsDueAndLeavesHeldAndFinalOnesAlone() {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T14:00:00Z");
        Instant later = now.plusSeconds(3600);
        long one = deferred(a, now, later, "p@example.net", "q@example.net");
        long two = deferred(a, now, later, "s@example.net");
        Instant retry = now.plusSeconds(60);
        assertThat(mine(store().outbound().claimDue(retry, LEASE, 1000), one, two)).as("not due yet").isEmpty();

        assertThat(store().outbound().retryNow(one, retry)).isEqualTo(2);
        assertThat(store().outbound().recipients(one)).extracting(OutboundRecipient::nextAttempt,
                OutboundRecipient::attempts).containsOnly(org.assertj.core.groups.Tuple.tuple(retry, 1));
        assertThat(store().outbound().recipients(two).get(0).nextAttempt()).as("another message").isEqualTo(later);
        assertThat(store().outbound().retryNow(one, retry)).as("due already").isZero();

        OutboundClaim claim = mine(store().outbound().claimDue(retry, LEASE, 1000), one).get(0);
        store().outbound().complete(claim.token(), List.of(RecipientUpdate.sent(claim.recipients().get(0).id())),
                retry);
        // s is held (a transfer under way): its sender decides when it is tried next, retryNow does not.
        OutboundClaim held = store().outbound().claimMessage(two, retry, LEASE).orElseThrow();
        assertThat(store().outbound().retryNow(two, retry)).isZero();
        assertThat(store().outbound().recipients(two).get(0).nextAttempt()).isEqualTo(later);
        store().outbound().release(held.token());
        Instant afterwards = retry.plusSeconds(5);
        assertThat(store().outbound().retryNow(null, afterwards)).as("every message").isGreaterThanOrEqualTo(1);
        assertThat(store().outbound().recipients(two).get(0).nextAttempt()).isEqualTo(afterwards);
        List<OutboundRecipient> rows = store().outbound().recipients(one);
        assertThat(rows.get(0).state()).isEqualTo(State.SENT);
        assertThat(rows.get(0).nextAttempt()).as("a sent row is not touched").isEqualTo(retry);
    }

    @Test
    default void claimMessageTakesEveryPendingRecipientOrNone() {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T15:00:00Z");
        Instant later = now.plusSeconds(3600);
        long id = deferred(a, now, later, "m@example.net", "n@example.net");

        OutboundClaim all = store().outbound().claimMessage(id, now, LEASE).orElseThrow();
        assertThat(all.recipients()).extracting(OutboundRecipient::address).as("due or not")
                .containsExactly("m@example.net", "n@example.net");
        assertThat(all.message().id()).isEqualTo(id);
        assertThatThrownBy(() -> store().outbound().claimMessage(id, now.plusSeconds(1), LEASE))
                .isInstanceOf(LeaseHeldException.class).hasMessageContaining("message " + id)
                .satisfies(e -> assertThat(((LeaseHeldException) e).until()).isEqualTo(now.plus(LEASE)));
        assertThat(store().outbound().release(all.token())).isEqualTo(2);

        // A sender holds one of the two: the other is not claimed either.
        OutboundClaim again = store().outbound().claimMessage(id, now, LEASE).orElseThrow();
        store().outbound().complete(again.token(), List.of(
                RecipientUpdate.retryAt(again.recipients().get(0).id(), later, "451 try later"),
                RecipientUpdate.retryAt(again.recipients().get(1).id(), now, "451 try later")), now);
        OutboundClaim sender = mine(store().outbound().claimDue(now, LEASE, 1000), id).get(0);
        assertThat(sender.recipients()).extracting(OutboundRecipient::address).containsExactly("n@example.net");
        assertThatThrownBy(() -> store().outbound().claimMessage(id, now, LEASE))
                .isInstanceOf(LeaseHeldException.class);
        assertThat(store().outbound().list(OutboundFilter.pending().ofMessage(id)))
                .extracting(e -> e.recipient().address(), e -> e.isLeasedAt(now)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("m@example.net", false),
                        org.assertj.core.groups.Tuple.tuple("n@example.net", true));
        // Once the sender's lease has run out, the message can be claimed whole.
        Instant expired = now.plus(LEASE).plusSeconds(1);
        assertThat(store().outbound().claimMessage(id, expired, LEASE).orElseThrow().recipients()).hasSize(2);

        assertThat(store().outbound().claimMessage(Long.MAX_VALUE, now, LEASE)).as("unknown").isEmpty();
    }

    @Test
    default void giveUpFailsWithoutCountingAnAttemptAndFinishesTheMessage() throws Exception {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T16:00:00Z");
        long id = store().outbound().enqueue(message(a, "gone", new Recipient("fresh@example.net", false)), now,
                LEASE).message().id();
        long tried = deferred(a, now, now.plusSeconds(3600), "tried@example.net");
        BlobId mime = store().outbound().get(tried).orElseThrow().mime();

        OutboundClaim claim = store().outbound().claimMessage(tried, now, LEASE).orElseThrow();
        Instant at = now.plusSeconds(5);
        assertThat(store().outbound().giveUp("another token", "deleted", at)).isZero();
        assertThat(store().outbound().giveUp(claim.token(), "deleted by the operator", at)).isOne();
        OutboundRecipient r = store().outbound().recipients(tried).get(0);
        assertThat(r.state()).isEqualTo(State.FAILED);
        assertThat(r.attempts()).as("not an attempt").isOne();
        assertThat(r.lastError()).isEqualTo("deleted by the operator; last reply: 451 4.4.1 relay unreachable");
        OutboundMessage finished = store().outbound().get(tried).orElseThrow();
        assertThat(finished.finished()).isEqualTo(at);
        assertThat(finished.mime()).isNull();
        assertThat(store().outbound().giveUp(claim.token(), "again", at)).as("final rows stay final").isZero();
        assertThat(store().outbound().claimMessage(tried, at, LEASE)).as("nothing pending").isEmpty();
        Thread.sleep(5);
        store().blobs().collectGarbage(Duration.ZERO);
        assertThat(store().blobs().info(mime)).as("released").isEmpty();

        OutboundClaim fresh = store().outbound().claimMessage(id, now, LEASE).orElseThrow();
        assertThat(store().outbound().giveUp(fresh.token(), "x".repeat(1200), at)).isOne();
        assertThat(store().outbound().recipients(id).get(0).lastError()).as("never tried: the reason alone, cut")
                .hasSize(1000).endsWith("...");
        assertThat(store().outbound().findByClientId(a.id(), "gone")).as("its client id is still known").isPresent();
    }

    @Test
    default void twoSettlementsOfOneMessageAtOnceFinishIt() throws Exception {
        Account a = newAccount();
        Instant now = Instant.parse("2026-11-22T17:00:00Z");
        // carl is local: claimed at enqueue for the submitting thread; ben is claimed by the relay thread.
        OutboundClaim local = store().outbound().enqueue(message(a, null, new Recipient("ben@example.net", false),
                new Recipient("carl@example.org", true)), now, LEASE);
        long id = local.message().id();
        OutboundClaim relay = mine(store().outbound().claimDue(now, LEASE, 1000), id).get(0);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<Future<Integer>> localSettles = new ArrayList<>();
            store().transaction(tx -> {
                tx.outbound().complete(relay.token(), List.of(RecipientUpdate.sent(relay.recipients().get(0).id())),
                        now);
                localSettles.add(pool.submit(() -> store().outbound().complete(local.token(),
                        List.of(RecipientUpdate.sent(local.recipients().get(0).id())), now)));
                try {
                    // Before this commits, the other settlement must wait for it, not finish without seeing it.
                    localSettles.get(0).get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // waiting for this transaction's lock, as it should
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            assertThat(localSettles.get(0).get(60, TimeUnit.SECONDS)).isOne();
        } finally {
            pool.shutdown();
        }
        assertThat(store().outbound().recipients(id)).extracting(OutboundRecipient::state)
                .containsOnly(State.SENT);
        OutboundMessage message = store().outbound().get(id).orElseThrow();
        assertThat(message.isFinished()).as("finished by whichever settlement came second").isTrue();
        assertThat(message.mime()).isNull();
    }
}
