package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.CommitEvent;
import org.pushbox.storage.api.CommitListener;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderModseq;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.JournalEntry;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

interface TransactionContract extends StoreFixture {

    @Test
    default void syncStateAndItemChangesCommitTogetherOrNotAtAll() {
        Account a = newAccount();
        Device d = store().devices().register(a.id(), "tx-dev", DeviceInfo.of("t", "t"));
        Folder inbox = folder(a, FolderType.INBOX);
        assertThatThrownBy(() -> store().transaction(tx -> {
            Item item = tx.items().add(inbox.id(), SampleItems.email("never", Instant.now()));
            tx.syncStates().rememberClientAdd(d.id(), inbox.id(), 1, "c1", item.id());
            tx.syncStates().saveCollection(CollectionState.of(d.id(), inbox.id(), 1, 1, null, null),
                    List.of(item.id()), List.of());
            throw new IllegalStateException("processor failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store().items().count(inbox.id())).isZero();
        assertThat(store().journal().folderModseq(inbox.id())).isZero();
        assertThat(store().syncStates().latestCollection(d.id(), inbox.id())).isEmpty();
        assertThat(store().syncStates().clientAdd(d.id(), inbox.id(), "c1")).isEmpty();

        long id = store().transaction(tx -> {
            Item item = tx.items().add(inbox.id(), SampleItems.email("kept", Instant.now()));
            tx.syncStates().saveCollection(CollectionState.of(d.id(), inbox.id(), 1, 1, null, null),
                    List.of(item.id()), List.of());
            return item.id();
        });
        assertThat(store().syncStates().heldItems(d.id(), inbox.id(), 1)).containsExactly(id);
        assertThat(store().items().get(id)).isPresent();
    }

    @Test
    default void aTransactionKilledMidwayLeavesNothingHalfWritten() {
        Account a = newAccount();
        Device d = store().devices().register(a.id(), "kill-dev", DeviceInfo.of("t", "t"));
        Folder inbox = folder(a, FolderType.INBOX);
        Item existing = store().items().add(inbox.id(), SampleItems.email("existing", Instant.now()));
        List<CommitEvent> events = new CopyOnWriteArrayList<>();
        CommitListener listener = events::add;
        store().addCommitListener(listener);
        try {
            assertThatThrownBy(() -> store().transaction(tx -> {
                tx.items().add(inbox.id(), SampleItems.email("half 1", Instant.now()));
                tx.items().update(existing.id(), PropertyMap.builder().bool(EmailProperty.READ, true).build(), Set.of());
                tx.syncStates().saveCollection(CollectionState.of(d.id(), inbox.id(), 1, 3, null, null), List.of(1L),
                        List.of());
                killConnection(tx);
                tx.items().add(inbox.id(), SampleItems.email("half 2", Instant.now()));
                return null;
            })).isInstanceOf(RuntimeException.class);
        } finally {
            store().removeCommitListener(listener);
        }
        assertThat(events).isEmpty();
        assertThat(store().items().ids(inbox.id(), ItemFilter.ALL)).containsExactly(existing.id());
        assertThat(store().items().get(existing.id()).orElseThrow().properties().bool(EmailProperty.READ)).isFalse();
        assertThat(store().journal().folderModseq(inbox.id())).isEqualTo(1);
        assertThat(store().journal().entries(inbox.id(), 0, 10)).hasSize(1);
        assertThat(store().syncStates().latestCollection(d.id(), inbox.id())).isEmpty();
        // The pool replaced the dead connection: the store keeps working.
        store().items().add(inbox.id(), SampleItems.email("after", Instant.now()));
        assertThat(store().journal().folderModseq(inbox.id())).isEqualTo(2);
    }

    @Test
    default void listenersHearOfCommitsAfterTheyAreVisible() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Folder notes = folder(a, FolderType.NOTES);
        List<CommitEvent> events = new CopyOnWriteArrayList<>();
        List<Long> seenCounts = new CopyOnWriteArrayList<>();
        CommitListener listener = e -> {
            events.add(e);
            seenCounts.add(store().items().count(inbox.id())); // another connection already sees the commit
        };
        store().addCommitListener(listener);
        try {
            store().transaction(tx -> {
                tx.items().add(inbox.id(), SampleItems.email("one", Instant.now()));
                tx.items().add(inbox.id(), SampleItems.email("two", Instant.now()));
                tx.items().add(notes.id(), SampleItems.minimal(ItemClass.NOTE, "n"));
                tx.folders().create(a.id(), Folder.ROOT, "New folder", FolderType.USER_MAIL);
                return null;
            });
        } finally {
            store().removeCommitListener(listener);
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0).folders()).containsExactlyInAnyOrder(new FolderModseq(a.id(), inbox.id(), 2),
                new FolderModseq(a.id(), notes.id(), 1));
        assertThat(events.get(0).hierarchyModseqs()).containsEntry(a.id(), 11L);
        assertThat(seenCounts).containsExactly(2L);
    }

    @Test
    default void concurrentWritersLoseNoUpdateAndNeverRepeatAModseq() throws Exception {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Item shared = store().items().add(inbox.id(), SampleItems.email("shared", Instant.now()));
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(store().items().add(inbox.id(), SampleItems.email("t" + thread + "-" + i, Instant.now())).id());
                    // Everyone flags the same item, each with a key of its own: a lost update would drop keys.
                    store().items().update(shared.id(), PropertyMap.builder()
                            .put("mark-" + thread + "-" + i, new PropertyValue.Bool(true)).build(), Set.of());
                    store().items().update(mine.get(i), PropertyMap.builder().bool(EmailProperty.READ, true).build(), Set.of());
                }
                return mine;
            }));
        }
        start.countDown();
        Set<Long> ids = new HashSet<>();
        for (Future<List<Long>> f : results) {
            ids.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        int writes = 1 + threads * perThread * 3;
        assertThat(ids).hasSize(threads * perThread);
        assertThat(store().items().count(inbox.id())).isEqualTo(threads * perThread + 1);
        PropertyMap sharedProps = store().items().get(shared.id()).orElseThrow().properties();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertThat(sharedProps.get("mark-" + t + "-" + i)).as("mark %d-%d", t, i).isPresent();
            }
        }
        List<JournalEntry> journal = store().journal().entries(inbox.id(), 0, writes + 10);
        assertThat(journal).hasSize(writes);
        for (int k = 0; k < journal.size(); k++) {
            assertThat(journal.get(k).modseq()).isEqualTo(k + 1L);
        }
        assertThat(store().journal().folderModseq(inbox.id())).isEqualTo(writes);
        assertThat(store().items().getAll(ids)).allSatisfy(i -> assertThat(i.properties().bool(EmailProperty.READ)).isTrue());
    }
}
