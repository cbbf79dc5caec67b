package org.pushbox.benchmarks.push;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A phone that keeps one Ping held on its Inbox, and after a wake-up does what a phone does: Syncs the
 * Inbox, then Pings again. Counts every Ping answer it gets, so the driver can tell that Pings it did not
 * wake stayed held.
 */
final class PingingPhone {

    private static final int BUSY_RETRIES = 20;
    private static final java.util.concurrent.Executor RETRY_DELAY =
            CompletableFuture.delayedExecutor(1, java.util.concurrent.TimeUnit.SECONDS);

    private final String user;
    private final String password;
    private final String deviceId;
    private final int heartbeatSeconds;
    private EasDevice device;
    private final AtomicInteger answered;
    private volatile CompletableFuture<EasReply> held = CompletableFuture.failedFuture(
            new IllegalStateException("not pinging yet"));

    PingingPhone(String user, String password, String deviceId, int heartbeatSeconds, AtomicInteger answered) {
        this.user = user;
        this.password = password;
        this.deviceId = deviceId;
        this.heartbeatSeconds = heartbeatSeconds;
        this.answered = answered;
    }

    EasDevice device() {
        return device;
    }

    /** On its connection, FolderSync and Sync key 0 -> 1 of the Inbox: what Ping needs to wait (else Status 7). */
    CompletableFuture<?> prepare(EasConnection connection) {
        device = new EasDevice(connection, user, password, deviceId);
        return device.folderSync().thenCompose(f -> device.syncInbox(null, List.of(), List.of()));
    }

    /**
     * Sends a Ping; the answer, whenever it comes, is counted. A 503 (the server's work queue was full) is
     * retried after a second, as phones retry, and counted in {@code busy}.
     */
    CompletableFuture<EasReply> ping(AtomicInteger busy) {
        CompletableFuture<EasReply> ping = pingUntilAccepted(BUSY_RETRIES, busy);
        ping.thenRun(answered::incrementAndGet);
        held = ping;
        return ping;
    }

    private CompletableFuture<EasReply> pingUntilAccepted(int retries, AtomicInteger busy) {
        return device.ping(heartbeatSeconds).thenCompose(reply -> {
            if (reply.status() != 503 || retries == 0) {
                return CompletableFuture.completedFuture(reply);
            }
            busy.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> null, RETRY_DELAY)
                    .thenCompose(x -> pingUntilAccepted(retries - 1, busy));
        });
    }

    /** The current Ping: incomplete while the server holds it. */
    CompletableFuture<EasReply> held() {
        return held;
    }

    /**
     * After a wake-up: Syncs the Inbox (the change the Ping announced), then Pings again; completes once the
     * new Ping is sent.
     */
    CompletableFuture<Void> syncAndPingAgain(AtomicInteger busy) {
        return device.syncInbox(100, List.of(), List.of()).thenAccept(page -> ping(busy));
    }
}
