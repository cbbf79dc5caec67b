package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.pushbox.storage.api.ChangeWindow;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.SyncStateStore;
import org.pushbox.storage.api.WatchView;

/**
 * Sync state in {@code collection_state}, {@code held_item}, {@code client_add},
 * {@code hierarchy_state} and {@code hierarchy_state_folder}. Held items are stored as ranges of
 * sync keys (added at, removed at), so keys K-1 and K share every row they have in common.
 */
final class JdbcSyncStateStore implements SyncStateStore {

    private static final String SELECT_COLLECTION = "SELECT * FROM collection_state WHERE device_id = ? AND collection_id = ? ";

    private final JdbcTransaction tx;
    private final Connection c;

    JdbcSyncStateStore(JdbcTransaction tx) {
        this.tx = tx;
        this.c = tx.connection();
    }

    @Override
    public Optional<CollectionState> collection(long deviceId, long collectionId, long syncKey) {
        return Sql.one(c, SELECT_COLLECTION + "AND sync_key = ?", JdbcSyncStateStore::collection, deviceId,
                collectionId, syncKey);
    }

    @Override
    public Optional<CollectionState> latestCollection(long deviceId, long collectionId) {
        return Sql.one(c, SELECT_COLLECTION + "ORDER BY sync_key DESC LIMIT 1", JdbcSyncStateStore::collection,
                deviceId, collectionId);
    }

    @Override
    public Set<Long> heldItems(long deviceId, long collectionId, long syncKey) {
        return new HashSet<>(Sql.list(c, "SELECT item_id FROM held_item WHERE device_id = ? AND collection_id = ? "
                + "AND added_key <= ? AND (removed_key IS NULL OR removed_key > ?)", rs -> rs.getLong(1), deviceId,
                collectionId, syncKey, syncKey));
    }

    @Override
    public void saveCollection(CollectionState state, Collection<Long> added, Collection<Long> removed) {
        long dev = state.deviceId();
        long coll = state.collectionId();
        long key = state.syncKey();
        lockDevice(dev);
        // Abandon any earlier attempt at this key or beyond (the device repeated key K-1), keep K-1, drop older.
        // Held-item rows added or removed at K or beyond are written only together with a state at that key, so
        // when no such state was there, there is nothing of theirs to undo (the usual case: two statements saved).
        if (Sql.update(c, "DELETE FROM collection_state WHERE device_id = ? AND collection_id = ? AND sync_key >= ?",
                dev, coll, key) > 0) {
            Sql.update(c, "DELETE FROM held_item WHERE device_id = ? AND collection_id = ? AND added_key >= ?", dev,
                    coll, key);
            Sql.update(c, "UPDATE held_item SET removed_key = NULL WHERE device_id = ? AND collection_id = ? "
                    + "AND removed_key >= ?", dev, coll, key);
        }
        Sql.update(c, "DELETE FROM collection_state WHERE device_id = ? AND collection_id = ? AND sync_key < ?", dev,
                coll, key - 1);
        // Rows removed at K-1 or earlier belong only to dropped keys.
        Sql.update(c, "DELETE FROM held_item WHERE device_id = ? AND collection_id = ? AND removed_key <= ?", dev,
                coll, key - 1);
        Sql.update(c, "DELETE FROM client_add WHERE device_id = ? AND collection_id = ? AND sync_key < ?", dev, coll,
                key - 1);
        if (key == 1) {
            Sql.update(c, "DELETE FROM held_item WHERE device_id = ? AND collection_id = ?", dev, coll);
        }
        ChangeWindow p = state.pending();
        Sql.update(c, "INSERT INTO collection_state (device_id, collection_id, sync_key, acked_modseq, pending_since, "
                + "pending_cursor, pending_up_to, sync_options, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", dev, coll,
                key, state.ackedModseq(), p == null ? null : p.since(), p == null ? null : p.cursor(),
                p == null ? null : p.upTo(), PropertyCodec.encode(state.options()), tx.now());
        Set<Long> gone = new HashSet<>(removed);
        List<Object[]> removals = new ArrayList<>();
        for (long item : gone) {
            removals.add(new Object[] {key, dev, coll, item});
        }
        Sql.batch(c, "UPDATE held_item SET removed_key = ? WHERE device_id = ? AND collection_id = ? AND item_id = ? "
                + "AND removed_key IS NULL", removals);
        Set<Long> fresh = new HashSet<>(added);
        fresh.removeAll(gone);
        fresh.removeAll(heldItemsAmong(dev, coll, fresh));
        List<Object[]> inserts = new ArrayList<>();
        for (long item : fresh) {
            inserts.add(new Object[] {dev, coll, item, key});
        }
        Sql.batch(c, "INSERT INTO held_item (device_id, collection_id, item_id, added_key) VALUES (?, ?, ?, ?)", inserts);
    }

    /** Which of {@code items} already have a row (held, or removed at this very key). */
    private Set<Long> heldItemsAmong(long dev, long coll, Set<Long> items) {
        Set<Long> present = new HashSet<>();
        List<Long> all = new ArrayList<>(items);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> args = new ArrayList<>(List.of(dev, coll));
            args.addAll(part);
            present.addAll(Sql.list(c, "SELECT item_id FROM held_item WHERE device_id = ? AND collection_id = ? "
                    + "AND item_id IN (" + Sql.marks(part.size()) + ")", rs -> rs.getLong(1), args.toArray()));
        }
        return present;
    }

    /** Serialises saves of one device's state (two racing requests of one device must not interleave). */
    private void lockDevice(long deviceId) {
        Sql.one(c, "SELECT id FROM device WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), deviceId)
                .orElseThrow(() -> new NotFoundException("no device " + deviceId));
    }

    @Override
    public void resetCollection(long deviceId, long collectionId) {
        for (String table : new String[] {"collection_state", "held_item", "client_add"}) {
            Sql.update(c, "DELETE FROM " + table + " WHERE device_id = ? AND collection_id = ?", deviceId, collectionId);
        }
    }

    @Override
    public Optional<Long> clientAdd(long deviceId, long collectionId, String clientId) {
        return Sql.one(c, "SELECT item_id FROM client_add WHERE device_id = ? AND collection_id = ? AND client_id = ?",
                rs -> rs.getLong(1), deviceId, collectionId, clientId);
    }

    @Override
    public void rememberClientAdd(long deviceId, long collectionId, long syncKey, String clientId, long itemId) {
        Sql.update(c, "INSERT INTO client_add (device_id, collection_id, client_id, item_id, sync_key) "
                + "VALUES (?, ?, ?, ?, ?)", deviceId, collectionId, clientId, itemId, syncKey);
    }

    @Override
    public Optional<HierarchyState> hierarchy(long deviceId, long syncKey) {
        return Sql.one(c, "SELECT acked_modseq FROM hierarchy_state WHERE device_id = ? AND sync_key = ?",
                rs -> rs.getLong(1), deviceId, syncKey).map(acked -> new HierarchyState(deviceId, syncKey, acked,
                        new HashSet<>(Sql.list(c, "SELECT folder_id FROM hierarchy_state_folder WHERE device_id = ? "
                                + "AND sync_key = ?", rs -> rs.getLong(1), deviceId, syncKey))));
    }

    @Override
    public Optional<HierarchyState> latestHierarchy(long deviceId) {
        return Sql.one(c, "SELECT sync_key FROM hierarchy_state WHERE device_id = ? ORDER BY sync_key DESC LIMIT 1",
                rs -> rs.getLong(1), deviceId).flatMap(key -> hierarchy(deviceId, key));
    }

    /**
     * One statement for the whole check: every Ping runs it, and as separate lookups it was four round trips
     * plus two per watched folder.
     */
    @Override
    public WatchView watchView(long deviceId, long accountId, Collection<Long> folderIds) {
        record Row(Long folder, long owner, long modseq, Long synced, Long acked, long hierarchy) {
        }
        List<Object> args = new ArrayList<>(List.of(deviceId, deviceId));
        String folders = "1 = 0";
        if (!folderIds.isEmpty()) {
            folders = "f.id IN (" + Sql.marks(folderIds.size()) + ")";
            args.addAll(folderIds);
        }
        args.add(accountId);
        List<Row> rows = Sql.list(c, "SELECT f.id, f.account_id, f.modseq, "
                + "(SELECT s.acked_modseq FROM collection_state s WHERE s.device_id = ? AND s.collection_id = f.id "
                + "ORDER BY s.sync_key DESC LIMIT 1) AS synced, "
                + "(SELECT h.acked_modseq FROM hierarchy_state h WHERE h.device_id = ? ORDER BY h.sync_key DESC LIMIT 1) "
                + "AS acked, a.hierarchy_modseq FROM account a LEFT JOIN folder f ON " + folders + " WHERE a.id = ?",
                rs -> new Row(Sql.nullableLong(rs, "id"), rs.getLong("account_id"), rs.getLong("modseq"),
                        Sql.nullableLong(rs, "synced"), Sql.nullableLong(rs, "acked"), rs.getLong("hierarchy_modseq")),
                args.toArray());
        if (rows.isEmpty()) {
            throw new NotFoundException("no account " + accountId);
        }
        Map<Long, WatchView.Watched> watched = new HashMap<>();
        for (Row r : rows) {
            if (r.folder() != null) {
                watched.put(r.folder(), new WatchView.Watched(r.folder(), r.owner(), r.modseq(),
                        r.synced() == null ? OptionalLong.empty() : OptionalLong.of(r.synced())));
            }
        }
        Row first = rows.get(0);
        return new WatchView(first.acked() == null ? OptionalLong.empty() : OptionalLong.of(first.acked()),
                first.hierarchy(), watched);
    }

    @Override
    public void saveHierarchy(HierarchyState state) {
        long dev = state.deviceId();
        lockDevice(dev);
        Sql.update(c, "DELETE FROM hierarchy_state WHERE device_id = ? AND (sync_key >= ? OR sync_key < ?)", dev,
                state.syncKey(), state.syncKey() - 1);
        Sql.update(c, "INSERT INTO hierarchy_state (device_id, sync_key, acked_modseq, created_at) VALUES (?, ?, ?, ?)",
                dev, state.syncKey(), state.ackedModseq(), tx.now());
        List<Object[]> rows = new ArrayList<>();
        for (long folder : state.folderIds()) {
            rows.add(new Object[] {dev, state.syncKey(), folder});
        }
        Sql.batch(c, "INSERT INTO hierarchy_state_folder (device_id, sync_key, folder_id) VALUES (?, ?, ?)", rows);
    }

    @Override
    public void resetHierarchy(long deviceId) {
        Sql.update(c, "DELETE FROM hierarchy_state WHERE device_id = ?", deviceId);
    }

    private static CollectionState collection(ResultSet rs) throws SQLException {
        Long since = Sql.nullableLong(rs, "pending_since");
        ChangeWindow pending = since == null ? null
                : new ChangeWindow(since, rs.getLong("pending_cursor"), rs.getLong("pending_up_to"));
        return new CollectionState(rs.getLong("device_id"), rs.getLong("collection_id"), rs.getLong("sync_key"),
                rs.getLong("acked_modseq"), pending, PropertyCodec.decode(rs.getString("sync_options")),
                Sql.instant(rs, "created_at"));
    }
}
