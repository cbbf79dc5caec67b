package org.pushbox.benchmarks.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.pushbox.benchmarks.push.EasConnection;
import org.pushbox.benchmarks.push.EasDevice;
import org.pushbox.benchmarks.push.EasReply;
import org.pushbox.protocol.command.ping.PingResponse;

/**
 * A phone of one recipient account that keeps a Ping held on its Inbox during the ingest load. Each answer
 * is recorded with the time its Ping was sent; after a "changes" answer the phone Syncs the Inbox and Pings
 * again, as phones do, until {@link #stop()}.
 */
final class IngestPhone {

    /** One Ping: when it was sent and when its answer arrived ({@link System#nanoTime()}). */
    record PingTimes(long sentNanos, long answeredNanos, int pingStatus) {
    }

    private final int account;
    private final String user;
    private final String password;
    private final int heartbeatSeconds;
    private EasDevice device;
    private final List<PingTimes> pings = new ArrayList<>();
    private volatile boolean stopped;
    private volatile Throwable failure;

    IngestPhone(int account, String user, String password, int heartbeatSeconds) {
        this.account = account;
        this.user = user;
        this.password = password;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    int account() {
        return account;
    }

    /** FolderSync and Sync key 0 -> 1 of the Inbox, so that a Ping can wait. */
    CompletableFuture<?> prepare(EasConnection connection) {
        device = new EasDevice(connection, user, password, "ingest" + account);
        return device.folderSync().thenCompose(f -> device.syncInbox(null, List.of(), List.of()));
    }

    void start() {
        ping();
    }

    void stop() {
        stopped = true;
    }

    Throwable failure() {
        return failure;
    }

    synchronized List<PingTimes> pings() {
        return List.copyOf(pings);
    }

    private void ping() {
        if (stopped) {
            return;
        }
        long sent = System.nanoTime();
        device.ping(heartbeatSeconds).thenCompose(reply -> {
            record(sent, reply);
            if (reply.status() != 200) {
                throw new IllegalStateException("Ping of " + user + " answered HTTP " + reply.status());
            }
            PingResponse response = EasDevice.pingResponse(reply);
            if (response.status().code() == 2 && !stopped) {
                return device.syncInbox(100, List.of(), List.of());
            }
            return CompletableFuture.completedFuture(null);
        }).whenComplete((ignored, e) -> {
            if (e != null) {
                failure = e;
            } else {
                ping();
            }
        });
    }

    private synchronized void record(long sent, EasReply reply) {
        int status = -1;
        if (reply.status() == 200 && reply.body().length > 0) {
            status = EasDevice.pingResponse(reply).status().code();
        }
        pings.add(new PingTimes(sent, reply.arrivedNanos(), status));
    }
}
