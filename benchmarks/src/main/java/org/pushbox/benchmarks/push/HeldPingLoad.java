package org.pushbox.benchmarks.push;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
            ServerProcess.HeapUse empty = server.heapAfterFullGc();
            System.out.printf(Locale.ROOT, "server heap before any connection, after full GC: %s%n", empty);
            PingLoadRun run = new PingLoadRun(server, client, heartbeat);
            run.connect(accounts, phonesPer, samples, HeldPingLoad::user, PASSWORD);
            run.holdAll(o.integer("pingrate"));
            run.idle(o.integer("idle"), empty);
            run.sample(samples);
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

    static String user(int account) {
        return String.format(Locale.ROOT, "load%05d", account);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
