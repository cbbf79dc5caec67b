package org.pushbox.benchmarks.storage;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.ChangePage;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/**
 * Load driver for the mailbox store: ingests N mails into one folder, then times "changes since
 * M" with 10 changes in that big folder and in a 100-item folder. Usage:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.pushbox.benchmarks.storage.StorageBenchmark [jdbc-url] [items]
 * </pre>
 *
 * Without a URL it uses a fresh H2 file database in a temporary directory. Give MariaDB an empty
 * database, e.g. {@code jdbc:mariadb://127.0.0.1:3306/pushbox_bench?user=root&password=&createDatabaseIfNotExist=true}.
 */
public final class StorageBenchmark {

    private static final int BATCH = 500;
    private static final int QUERY_RUNS = 1000;

    private StorageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : StorageConfig.h2Url(Files.createTempDirectory("pushbox-bench").resolve("db").toString());
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        StorageConfig config = new StorageConfig(url, null, null, 4, new PasswordHashing(1024, 1, 1));
        try (MailboxStore store = MailboxStore.open(config)) {
            Account account = store.accounts().create(NewAccount.of("bench-" + System.nanoTime(), "pw", "Bench"));
            Folder big = store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow();
            Folder small = store.folders().create(account.id(), Folder.ROOT, "Small", FolderType.USER_MAIL);
            System.out.printf(Locale.ROOT, "store: %s%n", url.replaceAll("password=[^&]*", "password=***"));

            long start = System.nanoTime();
            List<Long> bigIds = ingest(store, big, items);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "ingest, batches of %d per transaction: %d items in %.1f s = %.0f items/s%n",
                    BATCH, items, seconds, items / seconds);

            int singles = Math.min(2_000, items);
            start = System.nanoTime();
            for (int i = 0; i < singles; i++) {
                store.items().add(small.id(), mail("single " + i));
            }
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "ingest, one item per transaction: %d items in %.1f s = %.0f items/s%n",
                    singles, seconds, singles / seconds);

            Folder hundred = store.folders().create(account.id(), Folder.ROOT, "Hundred", FolderType.USER_MAIL);
            List<Long> smallIds = ingest(store, hundred, 100);

            long bigBase = tenChanges(store, big, bigIds);
            long smallBase = tenChanges(store, hundred, smallIds);
            // Both folders are warmed up and measured alternately, so JIT and caches favour neither.
            for (int warm = 0; warm < 500; warm++) {
                read(store, big, bigBase);
                read(store, hundred, smallBase);
            }
            long[] bigNanos = new long[QUERY_RUNS];
            long[] smallNanos = new long[QUERY_RUNS];
            for (int i = 0; i < QUERY_RUNS; i++) {
                bigNanos[i] = timed(() -> read(store, big, bigBase));
                smallNanos[i] = timed(() -> read(store, hundred, smallBase));
            }
            double bigMicros = median(bigNanos) / 1e3;
            double smallMicros = median(smallNanos) / 1e3;
            System.out.printf(Locale.ROOT, "changes since M (10 changes, median of %d): %d-item folder %.0f us, "
                    + "100-item folder %.0f us, ratio %.2f%n", QUERY_RUNS, items, bigMicros, smallMicros,
                    bigMicros / smallMicros);
        }
    }

    private static List<Long> ingest(MailboxStore store, Folder folder, int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            List<ItemContent> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                batch.add(mail("message " + i));
            }
            for (Item item : store.transaction(tx -> tx.items().addAll(folder.id(), batch))) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    private static ItemContent mail(String subject) {
        return ItemContent.of(ItemClass.EMAIL, PropertyMap.builder()
                .text(EmailProperty.FROM, "\"Sender\" <sender@example.org>")
                .text(EmailProperty.TO, "bench@example.org")
                .text(EmailProperty.SUBJECT, subject)
                .time(EmailProperty.DATE_RECEIVED, Instant.now())
                .integer(EmailProperty.IMPORTANCE, 1)
                .bool(EmailProperty.READ, false)
                .text(EmailProperty.MESSAGE_CLASS, "IPM.Note")
                .integer(EmailProperty.INTERNET_CPID, 65001)
                .build());
    }

    /** Marks 10 items read and returns the modseq M from before those changes. */
    private static long tenChanges(MailboxStore store, Folder folder, List<Long> ids) {
        long m = store.journal().folderModseq(folder.id());
        for (int i = 0; i < 10; i++) {
            long id = ids.get(ids.size() / 2 + i * (ids.size() / 20));
            store.items().update(id, PropertyMap.builder().bool(EmailProperty.READ, true).build(), Set.of());
        }
        return m;
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void read(MailboxStore store, Folder folder, long m) {
        ChangePage page = store.journal().changesSince(folder.id(), m, 100);
        if (page.changes().size() != 10) {
            throw new IllegalStateException("expected 10 changes, got " + page.changes().size());
        }
    }
}
