package org.pushbox.server.command.foldersync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pushbox.protocol.command.foldersync.FolderType;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderChange;
import org.pushbox.storage.api.HierarchyPage;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.Transaction;

/**
 * The folder-hierarchy sync state of one device, shared by FolderSync and the three folder commands.
 *
 * <p>A hierarchy sync key on the wire is the decimal number of a stored {@link HierarchyState}; "0" asks
 * for everything. The store keeps the states of the last two keys, so a device that repeats its
 * previous key (it lost our answer) is answered from that state again and gets the same next key.
 * What a device must learn is the difference between the folders it knows (the state's folder ids)
 * and the folders that exist, restricted to the folders journalled since the state's hierarchy modseq;
 * the collapsed journal kind is not trusted on its own, because only the device's own view says
 * whether a folder is new to it.
 */
public final class HierarchySync {

    /** Longest decimal key we accept; anything longer cannot be one of ours. */
    private static final int MAX_KEY_DIGITS = 18;

    private final Transaction tx;
    private final long accountId;
    private final long deviceId;

    public HierarchySync(Transaction tx, long accountId, long deviceId) {
        this.tx = tx;
        this.accountId = accountId;
        this.deviceId = deviceId;
    }

    public long accountId() {
        return accountId;
    }

    /** The changes a device has to learn, the state they lead to, and whether anything changed. */
    public record Delta(List<Folder> added, List<Folder> updated, List<Long> deleted, HierarchyState next) {

        public boolean isEmpty() {
            return added.isEmpty() && updated.isEmpty() && deleted.isEmpty();
        }
    }

    /** The stored state of a wire key, if the key is one of this device's two kept keys. */
    public Optional<HierarchyState> state(String wireKey) {
        long key = parseKey(wireKey);
        return key < 1 ? Optional.empty() : tx.syncStates().hierarchy(deviceId, key);
    }

    /** The state of the device's newest key, if {@code wireKey} names exactly that key. */
    public Optional<HierarchyState> currentState(String wireKey) {
        long key = parseKey(wireKey);
        return tx.syncStates().latestHierarchy(deviceId).filter(s -> s.syncKey() == key);
    }

    /** Every folder as an add, for key 0; the next key is 1, which drops whatever the device had before. */
    public Delta initial() {
        long modseq = tx.journal().hierarchyModseq(accountId);
        List<Folder> all = tx.folders().list(accountId);
        Set<Long> ids = new HashSet<>();
        all.forEach(f -> ids.add(f.id()));
        return new Delta(all, List.of(), List.of(), new HierarchyState(deviceId, 1, modseq, ids));
    }

    /** What changed since {@code from}; the next state has key {@code from + 1}. */
    public Delta since(HierarchyState from) {
        HierarchyPage page = tx.journal().hierarchyChangesSince(accountId, from.ackedModseq());
        List<Folder> folders = tx.folders().list(accountId);
        Set<Long> existing = new HashSet<>();
        folders.forEach(f -> existing.add(f.id()));
        Set<Long> known = new HashSet<>(from.folderIds());
        Set<Long> touched = new HashSet<>();
        page.changes().stream().map(FolderChange::folderId).forEach(touched::add);
        List<Folder> added = new ArrayList<>();
        List<Folder> updated = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        // The store lists parents before children, so adds come in an order clients can apply.
        for (Folder folder : folders) {
            if (touched.contains(folder.id())) {
                (known.add(folder.id()) ? added : updated).add(folder);
            }
        }
        for (long id : touched) {
            if (!existing.contains(id) && known.remove(id)) {
                deleted.add(id);
            }
        }
        deleted.sort(null);
        return new Delta(added, updated, deleted,
                new HierarchyState(deviceId, from.syncKey() + 1, page.upTo(), known));
    }

    /**
     * The state after the device's own FolderCreate/Update/Delete, so the change is not sent back to it.
     * When the device was up to date before the change, its acknowledged modseq moves past the change.
     * When other changes were still waiting for it, the modseq stays, so it still gets those; its own
     * create or rename may then come back once as a harmless Update of a folder it already knows.
     */
    public HierarchyState afterOwnChange(HierarchyState from, long modseqBefore, Collection<Long> created,
            Collection<Long> removed) {
        Set<Long> known = new HashSet<>(from.folderIds());
        known.addAll(created);
        known.removeAll(removed);
        long acked = from.ackedModseq() == modseqBefore ? tx.journal().hierarchyModseq(accountId)
                : from.ackedModseq();
        return new HierarchyState(deviceId, from.syncKey() + 1, acked, known);
    }

    public void save(HierarchyState state) {
        tx.syncStates().saveHierarchy(state);
    }

    /** The current hierarchy modseq of the account. */
    public long modseq() {
        return tx.journal().hierarchyModseq(accountId);
    }

    /** The wire form of a key. */
    public static String wireKey(HierarchyState state) {
        return Long.toString(state.syncKey());
    }

    /** A folder of this account by its wire ServerId, if it exists. */
    public Optional<Folder> folder(String serverId) {
        long id = parseKey(serverId);
        return id < 1 ? Optional.empty() : tx.folders().get(id).filter(f -> f.accountId() == accountId);
    }

    /** The folder and every folder below it. */
    public Set<Long> subtree(long folderId) {
        Map<Long, List<Long>> children = new HashMap<>();
        tx.folders().list(accountId).forEach(f -> children.computeIfAbsent(f.parentId(), p -> new ArrayList<>())
                .add(f.id()));
        Set<Long> ids = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(folderId));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            if (ids.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return ids;
    }

    /** A folder as FolderSync reports it: ids are the store's decimal ids, "0" is the root. */
    public static org.pushbox.protocol.command.foldersync.Folder toWire(Folder folder) {
        return new org.pushbox.protocol.command.foldersync.Folder(Long.toString(folder.id()),
                Long.toString(folder.parentId()), folder.displayName(), FolderType.fromCode(folder.type().code()));
    }

    /**
     * A decimal number of at most 18 digits, else -1: client keys and ServerIds are untrusted text, and
     * anything else cannot be one we handed out.
     */
    public static long parseKey(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_KEY_DIGITS) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
