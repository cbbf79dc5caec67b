package org.pushbox.server.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.HashedWheelTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pushbox.server.push.Wakeup.Reason;
import org.pushbox.storage.api.CommitEvent;
import org.pushbox.storage.api.FolderModseq;

class LocalChangeNotifierTest {

    /** Far beyond any test: a waiter that must not time out by itself. */
    static final Duration LONG = Duration.ofHours(1);

    final HashedWheelTimer timer = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);
    final LocalChangeNotifier notifier = new LocalChangeNotifier(timer);

    @AfterEach
    void stopTimer() {
        timer.stop();
    }

    static CommitEvent write(long account, long... folders) {
        List<FolderModseq> changed = new ArrayList<>();
        for (long folder : folders) {
            changed.add(new FolderModseq(account, folder, 100 + folder));
        }
        return new CommitEvent(changed, Map.of());
    }

    static CommitEvent hierarchy(long account) {
        return new CommitEvent(List.of(), Map.of(account, 7L));
    }

    static Wakeup await(Waiter waiter) throws Exception {
        return waiter.wakeup().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static boolean done(Waiter waiter) {
        return waiter.wakeup().toCompletableFuture().isDone();
    }

    @Test
    void aCommitWakesExactlyTheWaitersOfItsFoldersWithTheFoldersTouched() throws Exception {
        List<Waiter> waiters = new ArrayList<>();
        for (long account = 1; account <= 50; account++) {
            for (long device = 1; device <= 20; device++) {
                waiters.add(notifier.await(new Interest(account, device, Set.of(device % 4, 10 + device % 3), true),
                        LONG));
            }
        }
        assertThat(notifier.waiting()).isEqualTo(1000);
        notifier.publish(write(7, 1, 11, 99));
        for (int i = 0; i < waiters.size(); i++) {
            long account = i / 20 + 1;
            long device = i % 20 + 1;
            boolean watchesOne = device % 4 == 1;
            boolean watchesEleven = device % 3 == 1;
            Waiter w = waiters.get(i);
            if (account == 7 && (watchesOne || watchesEleven)) {
                Set<Long> expected = watchesOne && watchesEleven ? Set.of(1L, 11L) : Set.of(watchesOne ? 1L : 11L);
                assertThat(await(w)).isEqualTo(new Wakeup(Reason.FOLDERS_CHANGED, expected));
            } else {
                assertThat(done(w)).as("account %d device %d", account, device).isFalse();
            }
        }
        int woken = (int) waiters.stream().filter(LocalChangeNotifierTest::done).count();
        assertThat(woken).isPositive();
        assertThat(notifier.waiting()).isEqualTo(1000 - woken);
        waiters.forEach(Waiter::cancel);
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void hierarchyChangesWakeOnlyThoseWhoAskedForThem() throws Exception {
        Waiter ping = notifier.await(new Interest(1, 1, Set.of(5L), true), LONG);
        Waiter sync = notifier.await(new Interest(1, 2, Set.of(5L), false), LONG);
        notifier.publish(hierarchy(1));
        assertThat(await(ping).reason()).isEqualTo(Reason.HIERARCHY_CHANGED);
        assertThat(done(sync)).isFalse();
        notifier.publish(write(1, 5));
        assertThat(await(sync).changedFolders()).containsExactly(5L);
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void theDeadlineEndsAWaiter() throws Exception {
        Waiter waiter = notifier.await(new Interest(1, 1, Set.of(5L), true), Duration.ofMillis(50));
        assertThat(await(waiter).reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(notifier.waiting()).isZero();
        assertNoTimeoutLeft();
    }

    @Test
    void aNewerWaiterOfTheSameDeviceSupersedesTheOlder() throws Exception {
        Waiter first = notifier.await(new Interest(1, 1, Set.of(5L), true), LONG);
        Waiter other = notifier.await(new Interest(1, 2, Set.of(5L), true), LONG);
        Waiter second = notifier.await(new Interest(1, 1, Set.of(6L), true), LONG);
        assertThat(await(first).reason()).isEqualTo(Reason.SUPERSEDED);
        assertThat(done(second)).isFalse();
        assertThat(done(other)).isFalse();
        assertThat(notifier.waiting()).isEqualTo(2);
        notifier.release(1, 1);
        assertThat(await(second).reason()).isEqualTo(Reason.SUPERSEDED);
        notifier.release(1, 1); // nothing left to release: no effect
        assertThat(done(other)).isFalse();
        other.cancel();
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void aClosedConnectionCancelsAndAFinishedWaiterIgnoresTheLaterClose() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Waiter waiter = notifier.await(new Interest(1, 1, Set.of(5L), true), LONG);
        waiter.cancelWhen(closed);
        closed.complete(null);
        assertThat(await(waiter).reason()).isEqualTo(Reason.CANCELLED);

        CompletableFuture<Void> keptOpen = new CompletableFuture<>();
        Waiter woken = notifier.await(new Interest(1, 1, Set.of(5L), true), LONG);
        woken.cancelWhen(keptOpen);
        notifier.publish(write(1, 5));
        keptOpen.complete(null);
        assertThat(await(woken).reason()).isEqualTo(Reason.FOLDERS_CHANGED);
        assertThat(notifier.waiting()).isZero();
        assertNoTimeoutLeft();
    }

    @Test
    void racingCausesCompleteEachWaiterExactlyOnceAndLeaveNothingBehind() throws Exception {
        int rounds = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            AtomicInteger completions = new AtomicInteger();
            List<Waiter> waiters = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long account = i % 10;
                long device = i;
                Waiter w = notifier.await(new Interest(account, device, Set.of(1L), true), Duration.ofMillis(i % 20));
                w.wakeup().thenRun(completions::incrementAndGet);
                waiters.add(w);
                CountDownLatch start = new CountDownLatch(1);
                pool.execute(() -> awaitQuietly(start, () -> notifier.publish(write(account, 1))));
                pool.execute(() -> awaitQuietly(start, w::cancel));
                pool.execute(() -> awaitQuietly(start, () -> notifier.release(account, device)));
                start.countDown();
            }
            for (Waiter w : waiters) {
                await(w);
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(completions).hasValue(rounds);
            assertThat(notifier.waiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aContinuationMayRegisterAgainOnTheSameAccount() throws Exception {
        CompletableFuture<Waiter> next = new CompletableFuture<>();
        Waiter first = notifier.await(new Interest(1, 1, Set.of(5L), true), LONG);
        first.wakeup().thenRun(() -> next.complete(notifier.await(new Interest(1, 1, Set.of(5L), true), LONG)));
        notifier.publish(write(1, 5));
        Waiter second = next.get(30, TimeUnit.SECONDS);
        assertThat(done(second)).isFalse();
        assertThat(notifier.waiting()).isEqualTo(1);
        second.cancel();
        assertThat(notifier.waiting()).isZero();
    }

    /** Cancelled timeouts leave the wheel at its next tick: wait for that, generously. */
    private void assertNoTimeoutLeft() throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (timer.pendingTimeouts() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(timer.pendingTimeouts()).as("timeouts left on the wheel").isZero();
    }

    private static void awaitQuietly(CountDownLatch latch, Runnable then) {
        try {
            latch.await();
            then.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
