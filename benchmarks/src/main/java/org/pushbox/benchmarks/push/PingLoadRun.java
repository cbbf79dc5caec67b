package org.pushbox.benchmarks.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.pushbox.protocol.command.ping.PingResponse;

/** The phases of {@link HeldPingLoad} against a started server, each printing what it measured. */
final class PingLoadRun {

    private static final int SETUP_IN_FLIGHT = 64;
    private static final int PING_BATCH = 50;

    private final ServerProcess server;
    private final EasClient client;
    private final int heartbeat;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    /** Per account, its pinging phones; all of them in {@link #all}. */
    private final List<List<PingingPhone>> phones = new ArrayList<>();
    private final List<PingingPhone> all = new ArrayList<>();
    /** Per sampled account (the first ones), the device that makes the change. */
    private final List<ChangingDevice> changers = new ArrayList<>();

    PingLoadRun(ServerProcess server, EasClient client, int heartbeat) {
        this.server = server;
        this.client = client;
        this.heartbeat = heartbeat;
    }

    /** Connects every phone and changing device and lets it FolderSync and Sync its Inbox. */
    void connect(int accounts, int phonesPer, int samples, IntFunction<String> user, String password)
            throws InterruptedException {
        long start = System.nanoTime();
        for (int a = 0; a < accounts; a++) {
            List<PingingPhone> mine = new ArrayList<>();
            for (int p = 0; p < phonesPer; p++) {
                PingingPhone phone = new PingingPhone(user.apply(a), password, "phone" + a + "x" + p, heartbeat,
                        answered);
                mine.add(phone);
                all.add(phone);
            }
            phones.add(mine);
        }
        for (int a = 0; a < samples; a++) {
            changers.add(new ChangingDevice(user.apply(a), password, "laptop" + a));
        }
        Throttle.forEach(all, SETUP_IN_FLIGHT, phone -> client.connect().thenCompose(phone::prepare));
        Throttle.forEach(changers, SETUP_IN_FLIGHT, changer -> client.connect().thenCompose(changer::prepare));
        System.out.printf(Locale.ROOT, "%d phones and %d other devices connected, FolderSynced and Synced in %.1f s%n",
                all.size(), changers.size(), HeldPingLoad.seconds(start));
    }

    /** Sends every phone's Ping, paced, and checks that the server holds all of them. */
    void holdAll(int pingsPerSecond) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).ping(busy);
            if (i % PING_BATCH == PING_BATCH - 1) {
                Thread.sleep(PING_BATCH * 1000L / pingsPerSecond); // phones' Pings arrive spread out, not at once
            }
        }
        long sent = System.nanoTime();
        while (held() + answered.get() < all.size() && HeldPingLoad.seconds(sent) < 60) {
            Thread.sleep(100);
        }
        Thread.sleep(5_000); // Pings that the server answers at once (status 7, 2, 3...) would show up by now
        System.out.printf(Locale.ROOT, "%d Pings sent in %.1f s (%d retried after 503); answered at once: %d; "
                + "held: %d%n", all.size(), (sent - start) / 1e9, busy.get(), answered.get(), held());
        if (answered.get() > 0) {
            PingingPhone first = all.stream().filter(p -> p.held().isDone()).findFirst().orElseThrow();
            throw new IllegalStateException("a Ping was answered without a change: " + describe(first.held().join()));
        }
    }

    /** Holds every Ping for a while: the server's CPU, heap and threads with nothing happening. */
    void idle(int seconds, ServerProcess.HeapUse empty) throws Exception {
        double cpu0 = server.cpuSeconds();
        long start = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        double cpu = (server.cpuSeconds() - cpu0) / HeldPingLoad.seconds(start);
        ServerProcess.HeapUse heap = server.heap();
        ServerProcess.HeapUse live = server.heapAfterFullGc();
        System.out.printf(Locale.ROOT, "holding %d Pings for %d s: server CPU %.1f%% of one core; heap %s; "
                + "after full GC %s; RSS %s; threads %s%n", held(), seconds, cpu * 100, heap, live,
                server.status("VmRSS"), server.status("Threads"));
        // Everything a held Ping's device brings: connection, pipeline, notifier entry, the device's caches.
        System.out.printf(Locale.ROOT, "live heap per held Ping (after full GC, minus the empty server): %.1f KiB%n",
                (live.usedMiB() - empty.usedMiB()) * 1024 / held());
    }

    /**
     * On each of the first {@code samples} accounts in turn, the other device marks the mail read; times every
     * phone's Ping answer from sending that Sync, then lets the phones Sync and Ping again.
     */
    void sample(int samples) throws Exception {
        List<Double> latencies = new ArrayList<>();
        List<Double> syncRoundTrips = new ArrayList<>();
        List<Double> afterSync = new ArrayList<>();
        double cpu0 = server.cpuSeconds();
        double wait0 = server.runQueueWaitSeconds();
        long start = System.nanoTime();
        for (int a = 0; a < samples; a++) {
            long t0 = System.nanoTime();
            CompletableFuture<Long> syncDone = changers.get(a).toggleRead();
            for (PingingPhone phone : phones.get(a)) {
                EasReply reply = phone.held().get(10, TimeUnit.SECONDS);
                PingResponse response = EasDevice.pingResponse(reply);
                if (response.status().code() != 2 || !response.changedFolders().equals(List.of(phone.device().inbox()))) {
                    throw new IllegalStateException("expected Status 2 for the Inbox, got " + describe(reply));
                }
                latencies.add((reply.arrivedNanos() - t0) / 1e6);
            }
            long syncArrived = syncDone.get(10, TimeUnit.SECONDS);
            syncRoundTrips.add((syncArrived - t0) / 1e6);
            for (PingingPhone phone : phones.get(a)) {
                afterSync.add((phone.held().join().arrivedNanos() - syncArrived) / 1e6);
                phone.syncAndPingAgain(busy).get(10, TimeUnit.SECONDS);
            }
            Thread.sleep(20); // samples one after another, not overlapping
        }
        double elapsed = HeldPingLoad.seconds(start);
        double cpu = (server.cpuSeconds() - cpu0) / elapsed;
        double wait = server.runQueueWaitSeconds() - wait0;
        Thread.sleep(2_000); // a Ping answered by mistake would arrive by now
        int expected = latencies.size();
        System.out.printf(Locale.ROOT, "%d changes on %d accounts, %d Pings woken (%d answers in all); still held "
                + "afterwards: %d of %d; while sampling (%.1f s): server CPU %.1f%% of one core, server threads "
                + "waited %.1f s for a CPU%n", samples, samples, expected, answered.get(), held(), all.size(), elapsed,
                cpu * 100, wait);
        System.out.println("commit -> Ping answer (from sending the other device's Sync Change), ms: "
                + Percentiles.of(latencies));
        System.out.println("the other device's Sync round trip, ms: " + Percentiles.of(syncRoundTrips));
        // The commit happens before the Sync answer is written, so this bounds commit -> Ping from the other side.
        System.out.println("Ping answer minus Sync answer arrival (negative: the Ping came first), ms: "
                + Percentiles.of(afterSync));
        System.out.printf(Locale.ROOT, "server heap at the end: %s; after full GC %s; RSS %s; threads %s%n",
                server.heap(), server.heapAfterFullGc(), server.status("VmRSS"), server.status("Threads"));
        if (answered.get() != expected || held() != all.size()) {
            System.out.println("WARNING: some Pings were answered without a change, or not held again");
        }
    }

    private long held() {
        return all.stream().filter(p -> !p.held().isDone()).count();
    }

    private static String describe(EasReply reply) {
        return reply.status() != 200 ? "HTTP " + reply.status() : "Ping " + EasDevice.pingResponse(reply);
    }
}
