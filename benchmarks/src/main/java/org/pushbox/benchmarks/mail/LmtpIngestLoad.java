package org.pushbox.benchmarks.mail;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pushbox.benchmarks.push.EasClient;
import org.pushbox.benchmarks.push.LoadOptions;
import org.pushbox.benchmarks.push.Percentiles;
import org.pushbox.benchmarks.push.SeedMail;
import org.pushbox.benchmarks.push.ServerProcess;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/**
 * Load driver for mail delivery: {@code pushbox serve} on MariaDB (a fresh database, dropped at the end) with
 * the LMTP listener on; every recipient account has a phone holding a Ping on its Inbox over HTTP; {@code
 * sessions} LMTP sessions deliver {@code messages} messages of {@code size} bytes, each to two accounts.
 * Reports messages per second after the warm-up, and for each Ping that a delivery woke, the time from that
 * recipient's LMTP 250 to the Ping's answer. Usage:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.pushbox.benchmarks.mail.LmtpIngestLoad \
 *     [messages=30000] [warmup=5000] [sessions=4] [size=20480] [accounts=500] [heartbeat=900] \
 *     [jar=server/target/pushbox.jar] [heap=1g] [keep=false]
 * </pre>
 *
 * MariaDB is reached at 127.0.0.1:3306 as root with an empty password.
 */
public final class LmtpIngestLoad {

    private static final String PASSWORD = "ingest-pw";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private LmtpIngestLoad() {
    }

    static String address(int account) {
        return "user" + account + "@bench.example";
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args, Map.of("messages", "30000", "warmup", "5000", "sessions", "4",
                "size", "20480", "accounts", "500", "heartbeat", "900", "jar", "server/target/pushbox.jar",
                "heap", "1g", "keep", "false"));
        int accounts = o.integer("accounts");
        String database = "pushbox_lmtpbench_" + System.currentTimeMillis();
        String url = MARIADB + database;
        Path dir = Files.createTempDirectory("pushbox-lmtpbench");
        try {
            seed(url, accounts);
            int lmtpPort = freePort();
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("data-dir", dir.toString());
            settings.put("db.url", url);
            settings.put("db.user", "root");
            settings.put("policy.mode", "none");
            settings.put("auth.argon2-memory", "8k");
            settings.put("auth.argon2-iterations", "1");
            settings.put("lmtp.enabled", "true");
            settings.put("lmtp.port", Integer.toString(lmtpPort));
            try (ServerProcess server = ServerProcess.start(Path.of(o.text("jar")), dir, o.text("heap"), settings);
                    EasClient http = new EasClient(server.address(), 2)) {
                run(o, server, http, new InetSocketAddress("127.0.0.1", lmtpPort));
            }
        } finally {
            if (!Boolean.parseBoolean(o.text("keep"))) {
                drop(database);
            }
        }
    }

    private static void run(LoadOptions o, ServerProcess server, EasClient http, InetSocketAddress lmtp)
            throws Exception {
        int accounts = o.integer("accounts");
        List<IngestPhone> phones = new ArrayList<>();
        List<CompletableFuture<?>> prepared = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            IngestPhone phone = new IngestPhone(a, "user" + a, PASSWORD, o.integer("heartbeat"));
            phones.add(phone);
            prepared.add(http.connect().thenCompose(phone::prepare));
            if (prepared.size() % 50 == 0) {
                CompletableFuture.allOf(prepared.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            }
        }
        CompletableFuture.allOf(prepared.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
        phones.forEach(IngestPhone::start);
        Thread.sleep(3000); // let every Ping reach the server and be held
        System.out.printf(Locale.ROOT, "%d phones hold a Ping; load average before: %s%n", accounts, loadAverage());

        int warmup = o.integer("warmup");
        int messages = o.integer("messages");
        ConcurrentLinkedQueue<LmtpSender.Delivery> deliveries = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        List<LmtpSender> senders = new ArrayList<>();
        // Warm-up first, as its own phase: the JIT compiles the delivery path during it (a C2 compiler thread
        // took a third of the server's CPU in the first 25 s), and a long-running server has that behind it.
        deliverAll(o, lmtp, next, warmup, deliveries, senders);
        Thread.sleep(2000); // the warm-up's Pings and Syncs settle
        double cpu0 = server.cpuSeconds();
        double wait0 = server.runQueueWaitSeconds();
        double db0 = DatabaseProcess.cpuSeconds();
        long start = System.nanoTime();
        deliverAll(o, lmtp, next, warmup + messages, deliveries, senders);
        long end = System.nanoTime();
        double cpu = server.cpuSeconds() - cpu0;
        double waited = server.runQueueWaitSeconds() - wait0;
        double db = DatabaseProcess.cpuSeconds() - db0;
        String loadDuring = loadAverage();
        Thread.sleep(2000); // the last Pings' answers
        phones.forEach(IngestPhone::stop);
        for (LmtpSender s : senders) {
            if (s.failure() != null) {
                throw new IllegalStateException("an LMTP session failed", s.failure());
            }
        }
        for (IngestPhone p : phones) {
            if (p.failure() != null) {
                throw new IllegalStateException("a phone failed", p.failure());
            }
        }
        report(o, deliveries, phones, start, end, cpu, waited, db, loadDuring);
    }

    /** Runs {@code sessions} LMTP sessions until message number {@code upTo} has been taken. */
    private static void deliverAll(LoadOptions o, InetSocketAddress lmtp, AtomicInteger next, int upTo,
            ConcurrentLinkedQueue<LmtpSender.Delivery> deliveries, List<LmtpSender> senders) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < o.integer("sessions"); s++) {
            LmtpSender sender = new LmtpSender(lmtp, next, upTo, o.integer("accounts"), o.integer("size"), deliveries);
            senders.add(sender);
            Thread t = new Thread(sender, "lmtp-" + s);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void report(LoadOptions o, ConcurrentLinkedQueue<LmtpSender.Delivery> deliveries,
            List<IngestPhone> phones, long start, long end, double cpu, double waited, double db, String load) {
        int messages = o.integer("messages");
        int warmup = o.integer("warmup");
        double seconds = (end - start) / 1e9;
        System.out.printf(Locale.ROOT, "after %d warm-up messages, delivered %d messages (%d recipients) in %.1f s: "
                + "%.0f msg/s%n", warmup, messages, 2 * messages, seconds, messages / seconds);
        System.out.printf(Locale.ROOT, "server CPU %.1f s (%.0f%% of one core, %.2f ms per message), server threads "
                + "waited %.1f s for a CPU; database CPU %s; load average at the end of the load: %s%n", cpu,
                100 * cpu / seconds, 1000 * cpu / messages, waited,
                db < 0 ? "unknown (no local mariadbd)" : String.format(Locale.ROOT, "%.1f s (%.2f ms per message)", db,
                        1000 * db / messages), load);

        // For every Ping a delivery woke: the first post-warm-up delivery to that account that started while
        // the Ping was out, and the time from its 250 to the Ping's answer.
        Map<Integer, List<LmtpSender.Delivery>> byAccount = new HashMap<>();
        for (LmtpSender.Delivery d : deliveries) {
            if (d.message() >= warmup) {
                byAccount.computeIfAbsent(d.account(), k -> new ArrayList<>()).add(d);
            }
        }
        byAccount.values().forEach(l -> l.sort(Comparator.comparingLong(LmtpSender.Delivery::dataNanos)));
        List<Double> samples = new ArrayList<>();
        int woken = 0;
        for (IngestPhone phone : phones) {
            List<LmtpSender.Delivery> mine = byAccount.getOrDefault(phone.account(), List.of());
            for (IngestPhone.PingTimes ping : phone.pings()) {
                if (ping.pingStatus() != 2) {
                    continue;
                }
                woken++;
                for (LmtpSender.Delivery d : mine) {
                    if (d.dataNanos() >= ping.sentNanos() && d.dataNanos() < ping.answeredNanos()) {
                        samples.add((ping.answeredNanos() - d.repliedNanos()) / 1e6);
                        break;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "Pings answered with changes: %d; LMTP 250 -> Ping answer (ms, negative when "
                + "the answer arrived before the 250 was read): %s%n", woken,
                samples.isEmpty() ? "no samples" : Percentiles.of(samples));
    }

    private static void seed(String url, int accounts) {
        StorageConfig storage = StorageConfig.mariadb(url + "?createDatabaseIfNotExist=true", "root", "")
                .withPasswordHashing(SeedMail.CHEAP_HASHING);
        try (MailboxStore store = MailboxStore.open(storage)) {
            for (int a = 0; a < accounts; a++) {
                store.accounts().create(new NewAccount("user" + a, PASSWORD, "User " + a, List.of(address(a)),
                        PropertyMap.EMPTY));
            }
        }
    }

    private static void drop(String database) {
        try (Connection c = DriverManager.getConnection(MARIADB + "?user=root&password=");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (java.sql.SQLException e) {
            System.err.println("could not drop " + database + ": " + e.getMessage());
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
