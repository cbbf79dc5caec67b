package org.pushbox.storage.api;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Per-device sync state. For each collection the states of the last two keys are kept, so a
 * device that repeats key N (it lost our response) can be answered from the same state; saving
 * key K drops K-2 and anything at K or beyond from an abandoned earlier attempt. The set of items a
 * device holds is kept per key as a delta, so a save costs O(changes), not O(folder size).
 */
public interface SyncStateStore {

    Optional<CollectionState> collection(long deviceId, long collectionId, long syncKey);

    /** The state with the highest key, if any. */
    Optional<CollectionState> latestCollection(long deviceId, long collectionId);

    /** Ids of the items the device holds as of {@code syncKey}. */
    Set<Long> heldItems(long deviceId, long collectionId, long syncKey);

    /**
     * Saves the state of key K = {@code state.syncKey()}: the items held become those held at
     * K-1 plus {@code added} minus {@code removed}. Key 1 starts from an empty set.
     */
    void saveCollection(CollectionState state, Collection<Long> added, Collection<Long> removed);

    /** Forgets everything about the collection on the device (sync key 0: start over). */
    void resetCollection(long deviceId, long collectionId);

    /** The item created for a client's add, so a retried add returns it instead of adding again. */
    Optional<Long> clientAdd(long deviceId, long collectionId, String clientId);

    /** Remembers a client add in the same transaction that created the item. */
    void rememberClientAdd(long deviceId, long collectionId, long syncKey, String clientId, long itemId);

    Optional<HierarchyState> hierarchy(long deviceId, long syncKey);

    Optional<HierarchyState> latestHierarchy(long deviceId);

    /** What a Ping of this device watching {@code folderIds} checks, in one read (see {@link WatchView}). */
    WatchView watchView(long deviceId, long accountId, Collection<Long> folderIds);

    /** Saves hierarchy key K; drops K-2 and anything at K or beyond. */
    void saveHierarchy(HierarchyState state);

    void resetHierarchy(long deviceId);
}
