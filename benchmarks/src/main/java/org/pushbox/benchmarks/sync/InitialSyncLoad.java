package org.pushbox.benchmarks.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pushbox.benchmarks.push.EasClient;
import org.pushbox.benchmarks.push.EasDevice;
import org.pushbox.benchmarks.push.LoadOptions;
import org.pushbox.benchmarks.push.SeedMail;
import org.pushbox.benchmarks.push.ServerProcess;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.StorageConfig;

/**
 * Load driver for a first Sync: one account with a large Inbox, seeded through the store before a separate
 * {@code pushbox serve} starts; fresh devices (one after another) each FolderSync and then Sync the Inbox
 * from key 0 in pages of {@code window} until no MoreAvailable, counting the mails received. Usage:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.pushbox.benchmarks.sync.InitialSyncLoad \
 *     [db=h2|mariadb] [mails=10000] [window=512] [devices=3] [truncation=1024] [jar=server/target/pushbox.jar] [heap=512m]
 * </pre>
 *
 * MariaDB is reached at 127.0.0.1:3306 as root with an empty password; the driver creates a database of its
 * own ({@code pushbox_initialsync_<time>}) and leaves it behind for inspection.
 */
public final class InitialSyncLoad {

    private static final String USER = "sync";
    private static final String PASSWORD = "sync-pw";
    private static final int SEED_BATCH = 500;
    /** About 2 KB of plain text per mail; the device asks for the first {@code truncation} bytes, as phones do. */
    private static final int BODY_CHARS = 2_000;

    private InitialSyncLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args, Map.of("db", "h2", "mails", "10000", "window", "512", "devices", "3",
                "truncation", "1024", "jar", "server/target/pushbox.jar", "heap", "512m"));
        Path dir = Files.createTempDirectory("pushbox-initialsync");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("data-dir", dir.toString());
        settings.put("policy.mode", "none");
        settings.put("auth.argon2-memory", "8k");
        settings.put("auth.argon2-iterations", "1");
        StorageConfig storage;
        if (o.text("db").equals("mariadb")) {
            String url = "jdbc:mariadb://127.0.0.1:3306/pushbox_initialsync_" + System.currentTimeMillis()
                    + "?createDatabaseIfNotExist=true";
            storage = StorageConfig.mariadb(url, "root", "");
            settings.put("db.url", url);
            settings.put("db.user", "root");
        } else {
            storage = StorageConfig.embedded(dir);
        }
        int mails = o.integer("mails");
        long start = System.nanoTime();
        seed(storage.withPasswordHashing(SeedMail.CHEAP_HASHING), mails);
        System.out.printf(Locale.ROOT, "%s: seeded %d mails in %.1f s (%s)%n", o.text("db"), mails, seconds(start), dir);

        try (ServerProcess server = ServerProcess.start(Path.of(o.text("jar")), dir, o.text("heap"), settings);
                EasClient client = new EasClient(server.address(), 1)) {
            List<SyncOptions> options = List.of(new SyncOptions(null, null,
                    List.of(new BodyPreference(1, (long) o.integer("truncation"), null, null)), List.of(), null, null,
                    null, null, null));
            for (int d = 1; d <= o.integer("devices"); d++) {
                EasDevice device = new EasDevice(client.connect().get(30, TimeUnit.SECONDS), USER, PASSWORD,
                        "initial" + d);
                device.folderSync().get(60, TimeUnit.SECONDS);
                double cpu0 = server.cpuSeconds();
                double wait0 = server.runQueueWaitSeconds();
                SyncRun run = SyncRun.of(device, o.integer("window"), options);
                double cpu = server.cpuSeconds() - cpu0;
                System.out.printf(Locale.ROOT, "device %d: %s; server CPU %.1f s (%.0f%% of one core), server threads "
                        + "waited %.1f s for a CPU%n", d, run, cpu, 100 * cpu / run.seconds(),
                        server.runQueueWaitSeconds() - wait0);
                if (run.items() != mails) {
                    System.out.printf(Locale.ROOT, "WARNING: received %d mails, expected %d%n", run.items(), mails);
                }
            }
            System.out.printf(Locale.ROOT, "server heap %s; RSS %s%n", server.heap(), server.status("VmRSS"));
        }
    }

    private static void seed(StorageConfig storage, int mails) {
        try (MailboxStore store = MailboxStore.open(storage)) {
            Account account = store.accounts().create(NewAccount.of(USER, PASSWORD, "Initial Sync"));
            long inbox = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
            Instant newest = Instant.now();
            for (int from = 0; from < mails; from += SEED_BATCH) {
                List<ItemContent> batch = new ArrayList<>();
                for (int n = from; n < Math.min(mails, from + SEED_BATCH); n++) {
                    batch.add(SeedMail.mail(n, newest.minusSeconds(60L * n), BODY_CHARS));
                }
                store.items().addAll(inbox, batch);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** One device's Sync from key 0 to the last page, timed end to end as the device sees it. */
    record SyncRun(int items, int pages, long bytes, double seconds, double firstPageSeconds, double firstPagesMs,
            double lastPagesMs) {

        static SyncRun of(EasDevice device, int window, List<SyncOptions> options) throws Exception {
            long start = System.nanoTime();
            device.syncInbox(null, options, List.of()).get(60, TimeUnit.SECONDS);
            int items = 0;
            int pages = 0;
            double firstPage = 0;
            List<Double> pageMs = new ArrayList<>();
            boolean more = true;
            while (more) {
                long pageStart = System.nanoTime();
                SyncResponse.CollectionResponse page = device.syncInbox(window, options, List.of())
                        .get(120, TimeUnit.SECONDS);
                if (page == null) {
                    break;
                }
                items += (int) page.commands().stream().filter(c -> c instanceof SyncResponse.Add).count();
                pageMs.add((System.nanoTime() - pageStart) / 1e6);
                if (pages++ == 0) {
                    firstPage = InitialSyncLoad.seconds(start);
                }
                more = page.moreAvailable();
            }
            // Whether a page costs more once the device holds more: the mean of the first and of the last pages.
            int quarter = Math.max(1, pageMs.size() / 4);
            return new SyncRun(items, pages, device.receivedBytes(), InitialSyncLoad.seconds(start), firstPage,
                    mean(pageMs.subList(0, quarter)), mean(pageMs.subList(pageMs.size() - quarter, pageMs.size())));
        }

        private static double mean(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d mails in %d pages (%.1f MB of WBXML) in %.2f s = %.0f items/s "
                    + "(key 0 and first page after %.2f s; a page of the first quarter %.0f ms, of the last %.0f ms)",
                    items, pages, bytes / 1e6, seconds, items / seconds, firstPageSeconds, firstPagesMs, lastPagesMs);
        }
    }
}
