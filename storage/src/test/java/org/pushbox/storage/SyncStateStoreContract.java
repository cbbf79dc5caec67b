package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.ChangeWindow;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.WatchView;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.SyncStateStore;

interface SyncStateStoreContract extends StoreFixture {

    private Device device(Account a) {
        return store().devices().register(a.id(), "dev-" + a.id(), DeviceInfo.of("TestPhone", "test/1.0"));
    }

    @Test
    default void keysNAndNPlusOneAreKeptAndTheHeldSetFollowsEachKey() {
        Account a = newAccount();
        Device d = device(a);
        long coll = folder(a, FolderType.INBOX).id();
        SyncStateStore s = store().syncStates();
        PropertyMap options = PropertyMap.builder().put("filter", new PropertyValue.Int(3)).build();
        s.saveCollection(CollectionState.of(d.id(), coll, 1, 10, null, options), List.of(1L, 2L, 3L), List.of());
        s.saveCollection(CollectionState.of(d.id(), coll, 2, 20, null, options), List.of(4L), List.of(1L));
        assertThat(s.heldItems(d.id(), coll, 1)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(s.heldItems(d.id(), coll, 2)).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(s.collection(d.id(), coll, 1).orElseThrow().ackedModseq()).isEqualTo(10);
        assertThat(s.collection(d.id(), coll, 2).orElseThrow().options()).isEqualTo(options);

        s.saveCollection(CollectionState.of(d.id(), coll, 3, 30, null, options), List.of(5L, 2L), List.of(3L));
        assertThat(s.collection(d.id(), coll, 1)).as("key N-1 dropped when N+1 is saved").isEmpty();
        assertThat(s.heldItems(d.id(), coll, 2)).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(s.heldItems(d.id(), coll, 3)).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(s.latestCollection(d.id(), coll).orElseThrow().syncKey()).isEqualTo(3);
    }

    @Test
    default void aRepeatedKeyReplacesTheAbandonedNextState() {
        Account a = newAccount();
        Device d = device(a);
        long coll = folder(a, FolderType.CONTACTS).id();
        SyncStateStore s = store().syncStates();
        s.saveCollection(CollectionState.of(d.id(), coll, 1, 5, null, null), List.of(10L, 11L), List.of());
        s.saveCollection(CollectionState.of(d.id(), coll, 2, 9, null, null), List.of(12L), List.of(10L));
        // The device never got key 2 and repeats key 1: a new key 2 is computed from key 1 again.
        ChangeWindow pending = new ChangeWindow(5, 7, 12);
        s.saveCollection(CollectionState.of(d.id(), coll, 2, 5, pending, null), List.of(13L), List.of(11L));
        CollectionState two = s.collection(d.id(), coll, 2).orElseThrow();
        assertThat(two.pending()).isEqualTo(pending);
        assertThat(two.ackedModseq()).isEqualTo(5);
        assertThat(s.heldItems(d.id(), coll, 1)).containsExactlyInAnyOrder(10L, 11L);
        assertThat(s.heldItems(d.id(), coll, 2)).containsExactlyInAnyOrder(10L, 13L);
        s.resetCollection(d.id(), coll);
        assertThat(s.latestCollection(d.id(), coll)).isEmpty();
        assertThat(s.heldItems(d.id(), coll, 2)).isEmpty();
        s.saveCollection(CollectionState.of(d.id(), coll, 1, 0, null, null), List.of(), List.of());
        assertThat(s.heldItems(d.id(), coll, 1)).isEmpty();
    }

    @Test
    default void clientAddsAreRememberedForRetries() {
        Account a = newAccount();
        Device d = device(a);
        Folder cal = folder(a, FolderType.CALENDAR);
        SyncStateStore s = store().syncStates();
        s.saveCollection(CollectionState.of(d.id(), cal.id(), 1, 0, null, null), List.of(), List.of());
        long item = store().transaction(tx -> {
            long id = tx.items().add(cal.id(), SampleItems.event("from phone", Instant.now(),
                    Instant.now().plusSeconds(60))).id();
            tx.syncStates().rememberClientAdd(d.id(), cal.id(), 2, "client-😀-1", id);
            tx.syncStates().saveCollection(CollectionState.of(d.id(), cal.id(), 2, 1, null, null), List.of(id), List.of());
            return id;
        });
        assertThat(s.clientAdd(d.id(), cal.id(), "client-😀-1")).contains(item);
        assertThat(s.clientAdd(d.id(), cal.id(), "client-😀-2")).isEmpty();
        // Retried request: key 2 computed again; the mapping survives.
        s.saveCollection(CollectionState.of(d.id(), cal.id(), 2, 1, null, null), List.of(item), List.of());
        assertThat(s.clientAdd(d.id(), cal.id(), "client-😀-1")).contains(item);
        s.saveCollection(CollectionState.of(d.id(), cal.id(), 3, 1, null, null), List.of(), List.of());
        s.saveCollection(CollectionState.of(d.id(), cal.id(), 4, 1, null, null), List.of(), List.of());
        assertThat(s.clientAdd(d.id(), cal.id(), "client-😀-1")).as("older than both kept keys").isEmpty();
    }

    @Test
    default void hierarchyStateKeepsTwoKeysWithTheirFolderSets() {
        Account a = newAccount();
        Device d = device(a);
        SyncStateStore s = store().syncStates();
        s.saveHierarchy(new HierarchyState(d.id(), 1, 10, Set.of(1L, 2L)));
        s.saveHierarchy(new HierarchyState(d.id(), 2, 12, Set.of(1L, 2L, 3L)));
        s.saveHierarchy(new HierarchyState(d.id(), 3, 13, Set.of(2L, 3L)));
        assertThat(s.hierarchy(d.id(), 1)).isEmpty();
        assertThat(s.hierarchy(d.id(), 2).orElseThrow().folderIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(s.latestHierarchy(d.id())).contains(new HierarchyState(d.id(), 3, 13, Set.of(2L, 3L)));
        s.saveHierarchy(new HierarchyState(d.id(), 3, 14, Set.of(3L))); // key 2 repeated
        assertThat(s.latestHierarchy(d.id()).orElseThrow().ackedModseq()).isEqualTo(14);
        s.resetHierarchy(d.id());
        assertThat(s.latestHierarchy(d.id())).isEmpty();
    }

    @Test
    default void aWatchViewReadsHierarchyAndWatchedFoldersAtOnce() {
        Account a = newAccount();
        Account other = newAccount();
        Device d = device(a);
        SyncStateStore s = store().syncStates();
        Folder inbox = folder(a, FolderType.INBOX);
        Folder cal = folder(a, FolderType.CALENDAR);
        Folder foreign = folder(other, FolderType.INBOX);

        WatchView none = s.watchView(d.id(), a.id(), List.of());
        assertThat(none.hierarchyAcked()).as("never did a FolderSync").isEmpty();
        assertThat(none.hierarchyModseq()).isEqualTo(store().accounts().get(a.id()).orElseThrow().hierarchyModseq());
        assertThat(none.folders()).isEmpty();

        s.saveHierarchy(new HierarchyState(d.id(), 1, 5, Set.of(inbox.id())));
        s.saveHierarchy(new HierarchyState(d.id(), 2, 7, Set.of(inbox.id())));
        s.saveCollection(CollectionState.of(d.id(), inbox.id(), 1, 3, null, null), List.of(), List.of());
        s.saveCollection(CollectionState.of(d.id(), inbox.id(), 2, 4, null, null), List.of(), List.of());
        store().items().add(inbox.id(), SampleItems.email("raises the modseq", Instant.now()));

        WatchView view = s.watchView(d.id(), a.id(), List.of(inbox.id(), cal.id(), foreign.id(), 987_654_321L));
        assertThat(view.hierarchyAcked()).hasValue(7);
        assertThat(view.folders()).containsOnlyKeys(inbox.id(), cal.id(), foreign.id());
        WatchView.Watched watchedInbox = view.folders().get(inbox.id());
        assertThat(watchedInbox.accountId()).isEqualTo(a.id());
        assertThat(watchedInbox.syncedModseq()).as("the latest key's").hasValue(4);
        assertThat(watchedInbox.modseq()).isEqualTo(store().journal().folderModseq(inbox.id()));
        assertThat(view.folders().get(cal.id()).syncedModseq()).as("never synced").isEmpty();
        assertThat(view.folders().get(foreign.id()).accountId()).isEqualTo(other.id());
    }
}
