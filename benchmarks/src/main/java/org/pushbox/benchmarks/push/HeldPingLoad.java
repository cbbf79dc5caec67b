package org.pushbox.benchmarks.push;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.StorageConfig;

/**
 * Load driver for push: holds many Pings on a separately started server and measures how long a commit
 * takes to reach a held Ping. Usage (from the repository root, after building server and benchmarks):
 *
 * <pre>
 * ulimit -n 20000   # client and server each need a descriptor per held Ping
 * java -cp benchmarks/target/benchmarks.jar org.pushbox.benchmarks.push.HeldPingLoad \
 *     [accounts=5000] [phones=2] [samples=200] [heartbeat=3000] [idle=30] [pingrate=250] \\
 *     [jar=server/target/pushbox.jar] [heap=512m]
 * </pre>
 *
 * Steps: seed {@code accounts} accounts into a fresh H2 store (one mail in the Inbox of each sampled
 * account), start {@code pushbox serve} with {@code -Xmx<heap>}, let {@code phones} phones per account
 * FolderSync and Sync their Inbox (key 0 -> 1) and Ping it with a long heartbeat on keep-alive connections;
 * hold all Pings for {@code idle} seconds (server CPU and heap), then on {@code samples} different accounts
 * let another device of the account mark the mail read (Sync Change) and time, for each of the account's
 * phones, from sending that Sync to the Ping's answer. Woken phones Sync and Ping again; at the end every
 * other Ping must still be held.
 */
public final class HeldPingLoad {

    private static final String PASSWORD = "load-pw";
    private static final int SETUP_IN_FLIGHT = 64;
    private static final int PING_BATCH = 50;

    private HeldPingLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args, Map.of("accounts", "5000", "phones", "2", "samples", "200",
                "heartbeat", "3000", "idle", "30", "jar", "server/target/pushbox.jar", "heap", "512m",
                "pingrate", "250"));
        int accounts = o.integer("accounts");
        int phonesPer = o.integer("phones");
        int samples = Math.min(o.integer("samples"), accounts);
        int heartbeat = o.integer("heartbeat");
        Path dir = Files.createTempDirectory("pushbox-pingload");
        System.out.printf(Locale.ROOT, "data dir %s; %d accounts x %d phones = %d Pings, heartbeat %d s, %d samples%n",
                dir, accounts, phonesPer, accounts * phonesPer, heartbeat, samples);

        long start = System.nanoTime();
        seed(dir, accounts, samples);
        System.out.printf(Locale.ROOT, "seeded in %.1f s%n", seconds(start));

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("data-dir", dir.toString());
        settings.put("policy.mode", "none");
        settings.put("ping.heartbeat-max", "3540");
        settings.put("auth.argon2-memory", "8k"); // what the accounts were seeded with: no rehash on first login
        settings.put("auth.argon2-iterations", "1");
        try (ServerProcess server = ServerProcess.start(Path.of(o.text("jar")), dir, o.text("heap"), settings);
                EasClient client = new EasClient(server.address(), 2)) {
            System.out.printf(Locale.ROOT, "server pid %d on %s, log %s%n", server.pid(), server.address(), server.log());
            run(server, client, accounts, phonesPer, samples, heartbeat, o.integer("idle"), o.integer("pingrate"));
        }
    }

    private static void run(ServerProcess server, EasClient client, int accounts, int phonesPer, int samples,
            int heartbeat, int idleSeconds, int pingRate) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        List<List<PingingPhone>> phones = new ArrayList<>();
        List<PingingPhone> all = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            List<PingingPhone> mine = new ArrayList<>();
            for (int p = 0; p < phonesPer; p++) {
                mine.add(null);
            }
            phones.add(mine);
        }
        long start = System.nanoTime();
        List<int[]> slots = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            for (int p = 0; p < phonesPer; p++) {
                slots.add(new int[] {a, p});
            }
        }
        Throttle.forEach(slots, SETUP_IN_FLIGHT, slot -> client.connect().thenCompose(c -> {
            PingingPhone phone = new PingingPhone(new EasDevice(c, user(slot[0]), PASSWORD,
                    "phone" + slot[0] + "x" + slot[1]), heartbeat, answered);
            phones.get(slot[0]).set(slot[1], phone);
            return phone.prepare();
        }));
        phones.forEach(all::addAll);
        List<ChangingDevice> changers = new ArrayList<>();
        for (int a = 0; a < samples; a++) {
            changers.add(null);
        }
        List<Integer> sampled = new ArrayList<>();
        for (int a = 0; a < samples; a++) {
            sampled.add(a);
        }
        Throttle.forEach(sampled, SETUP_IN_FLIGHT, a -> client.connect().thenCompose(c -> {
            ChangingDevice changer = new ChangingDevice(new EasDevice(c, user(a), PASSWORD, "laptop" + a));
            changers.set(a, changer);
            return changer.prepare();
        }));
        System.out.printf(Locale.ROOT, "%d phones and %d other devices connected, FolderSynced and Synced in %.1f s%n",
                all.size(), changers.size(), seconds(start));

        start = System.nanoTime();
        AtomicInteger busy = new AtomicInteger();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).ping(busy);
            if (i % PING_BATCH == PING_BATCH - 1) {
                Thread.sleep(PING_BATCH * 1000L / pingRate); // phones' Pings arrive spread out, not all at once
            }
        }
        long sent = System.nanoTime();
        while (held(all) + answered.get() < all.size() && seconds(sent) < 60) {
            Thread.sleep(100);
        }
        Thread.sleep(5_000); // Pings that the server answers at once (status 7, 2, 3...) would show up by now
        System.out.printf(Locale.ROOT, "%d Pings sent in %.1f s (%d retried after 503); answered at once: %d; "
                + "held: %d%n", all.size(), (sent - start) / 1e9, busy.get(), answered.get(), held(all));
        if (answered.get() > 0) {
            PingingPhone first = all.stream().filter(p -> p.held().isDone()).findFirst().orElseThrow();
            throw new IllegalStateException("a Ping was answered without a change: " + describe(first.held().join()));
        }

        double cpu0 = server.cpuSeconds();
        long idleStart = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
        double idleCpu = (server.cpuSeconds() - cpu0) / seconds(idleStart);
        ServerProcess.HeapUse heapHeld = server.heap();
        ServerProcess.HeapUse liveHeld = server.heapAfterFullGc();
        System.out.printf(Locale.ROOT, "holding %d Pings for %d s: server CPU %.1f%% of one core; heap %s; "
                + "after full GC %s; RSS %s; threads %s%n", held(all), idleSeconds, idleCpu * 100, heapHeld,
                liveHeld, server.status("VmRSS"), server.status("Threads"));

        List<Double> latencies = new ArrayList<>();
        List<Double> syncRoundTrips = new ArrayList<>();
        List<Double> afterSync = new ArrayList<>();
        double cpu1 = server.cpuSeconds();
        double wait1 = server.runQueueWaitSeconds();
        long measureStart = System.nanoTime();
        for (int a = 0; a < samples; a++) {
            List<PingingPhone> woken = phones.get(a);
            long t0 = System.nanoTime();
            CompletableFuture<Long> syncDone = changers.get(a).toggleRead();
            for (PingingPhone phone : woken) {
                EasReply reply = phone.held().get(10, TimeUnit.SECONDS);
                PingResponse response = EasDevice.pingResponse(reply);
                if (response.status().code() != 2 || !response.changedFolders().equals(List.of(phone.device().inbox()))) {
                    throw new IllegalStateException("expected Status 2 for the Inbox, got " + describe(reply));
                }
                latencies.add((reply.arrivedNanos() - t0) / 1e6);
            }
            long syncArrived = syncDone.get(10, TimeUnit.SECONDS);
            syncRoundTrips.add((syncArrived - t0) / 1e6);
            for (PingingPhone phone : woken) {
                afterSync.add((phone.held().join().arrivedNanos() - syncArrived) / 1e6);
            }
            for (PingingPhone phone : woken) {
                phone.syncAndPingAgain(busy).get(10, TimeUnit.SECONDS);
            }
            Thread.sleep(20); // samples one after another, not overlapping
        }
        double measureSeconds = seconds(measureStart);
        double measureCpu = (server.cpuSeconds() - cpu1) / measureSeconds;
        double measureWait = server.runQueueWaitSeconds() - wait1;
        Thread.sleep(2_000); // a Ping answered by mistake would arrive by now
        int expected = samples * phonesPer;
        System.out.printf(Locale.ROOT, "%d changes on %d accounts, %d Pings woken (%d answers expected, %d received); "
                + "still held afterwards: %d of %d; while sampling (%.1f s): server CPU %.1f%% of one core, server "
                + "threads waited %.1f s for a CPU%n", samples, samples, latencies.size(), expected, answered.get(),
                held(all), all.size(), measureSeconds, measureCpu * 100, measureWait);
        System.out.println("commit -> Ping answer (from sending the other device's Sync Change), ms: "
                + Percentiles.of(latencies));
        System.out.println("the other device's Sync round trip, ms: " + Percentiles.of(syncRoundTrips));
        // The commit happens before the Sync answer is written, so this bounds commit -> Ping from the other side.
        System.out.println("Ping answer minus Sync answer arrival (negative: the Ping came first), ms: "
                + Percentiles.of(afterSync));
        System.out.printf(Locale.ROOT, "server heap at the end: %s; after full GC %s; RSS %s; threads %s%n",
                server.heap(), server.heapAfterFullGc(), server.status("VmRSS"), server.status("Threads"));
        if (answered.get() != expected || held(all) != all.size()) {
            System.out.println("WARNING: some Pings were answered without a change, or not held again");
        }
    }

    /** Accounts named load00000..., the sampled ones with one mail in the Inbox. */
    private static void seed(Path dir, int accounts, int withMail) {
        StorageConfig config = StorageConfig.embedded(dir).withPasswordHashing(SeedMail.CHEAP_HASHING);
        try (MailboxStore store = MailboxStore.open(config)) {
            for (int a = 0; a < accounts; a++) {
                Account account = store.accounts().create(NewAccount.of(user(a), PASSWORD, "Load " + a));
                if (a < withMail) {
                    long inbox = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
                    store.items().add(inbox, SeedMail.mail(a, Instant.now(), 2_000));
                }
            }
        }
    }

    private static String user(int account) {
        return String.format(Locale.ROOT, "load%05d", account);
    }

    private static long held(List<PingingPhone> phones) {
        return phones.stream().filter(p -> !p.held().isDone()).count();
    }

    private static String describe(EasReply reply) {
        return reply.status() != 200 ? "HTTP " + reply.status() : "Ping " + EasDevice.pingResponse(reply);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
