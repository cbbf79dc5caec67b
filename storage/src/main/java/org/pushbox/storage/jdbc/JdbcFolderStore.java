package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderStore;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.JournalKind;
import org.pushbox.storage.api.Logins;
import org.pushbox.storage.api.NotFoundException;

/** Folders in table {@code folder}; every hierarchy change is journalled in {@code hierarchy_journal}. */
final class JdbcFolderStore implements FolderStore {

    private static final String SELECT = "SELECT id, account_id, parent_id, display_name, folder_type, modseq FROM folder ";

    private final JdbcTransaction tx;
    private final Connection c;

    JdbcFolderStore(JdbcTransaction tx) {
        this.tx = tx;
        this.c = tx.connection();
    }

    @Override
    public Folder create(long accountId, long parentId, String displayName, FolderType type) {
        if (type.isDefault()) {
            throw new IllegalArgumentException(type + " is a default folder; every account has exactly one");
        }
        return createFolder(accountId, parentId, displayName, type);
    }

    Folder createFolder(long accountId, long parentId, String displayName, FolderType type) {
        String name = requireName(displayName);
        requireParent(accountId, parentId);
        // The hierarchy bump locks the account row first: concurrent creates under one account queue here.
        long modseq = tx.bumpHierarchy(accountId);
        long id;
        try {
            id = Sql.insert(c, "INSERT INTO folder (account_id, parent_id, display_name, name_key, folder_type, modseq) "
                    + "VALUES (?, ?, ?, ?, ?, 0)", accountId, parentId, name, Logins.normalise(name), type.code());
        } catch (Sql.SqlFailure e) {
            throw conflictOr(e, name);
        }
        journal(accountId, modseq, id, JournalKind.ADDED);
        return get(id).orElseThrow();
    }

    private static String requireName(String displayName) {
        String name = displayName == null ? "" : Normalizer.normalize(displayName.strip(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > Folder.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a folder name has 1 to " + Folder.MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    private void requireParent(long accountId, long parentId) {
        if (parentId != Folder.ROOT && get(parentId).filter(p -> p.accountId() == accountId).isEmpty()) {
            throw new NotFoundException("no parent folder " + parentId + " in account " + accountId);
        }
    }

    private RuntimeException conflictOr(Sql.SqlFailure e, String name) {
        return tx.dialect().isDuplicateKey(e.sqlException())
                ? new ConflictException("a folder named " + name + " exists there") : e;
    }

    private void journal(long accountId, long modseq, long folderId, JournalKind kind) {
        Sql.update(c, "INSERT INTO hierarchy_journal (account_id, modseq, folder_id, kind) VALUES (?, ?, ?, ?)",
                accountId, modseq, folderId, kind.code());
    }

    @Override
    public Optional<Folder> get(long folderId) {
        return Sql.one(c, SELECT + "WHERE id = ?", JdbcFolderStore::folder, folderId);
    }

    @Override
    public List<Folder> list(long accountId) {
        List<Folder> all = Sql.list(c, SELECT + "WHERE account_id = ? ORDER BY id", JdbcFolderStore::folder, accountId);
        return parentsFirst(all);
    }

    /** Orders folders so that each comes after its parent (a moved folder may have a lower id than its parent). */
    private static List<Folder> parentsFirst(List<Folder> folders) {
        Map<Long, List<Folder>> children = new HashMap<>();
        for (Folder f : folders) {
            children.computeIfAbsent(f.parentId(), k -> new ArrayList<>()).add(f);
        }
        List<Folder> out = new ArrayList<>(folders.size());
        List<Long> queue = new ArrayList<>(List.of(Folder.ROOT));
        for (int i = 0; i < queue.size(); i++) {
            for (Folder f : children.getOrDefault(queue.get(i), List.of())) {
                out.add(f);
                queue.add(f.id());
            }
        }
        return out;
    }

    @Override
    public Optional<Folder> findByType(long accountId, FolderType type) {
        return Sql.one(c, SELECT + "WHERE account_id = ? AND folder_type = ? ORDER BY id", JdbcFolderStore::folder,
                accountId, type.code());
    }

    @Override
    public Folder rename(long folderId, String displayName) {
        Folder folder = require(folderId);
        String name = requireName(displayName);
        long modseq = tx.bumpHierarchy(folder.accountId());
        try {
            Sql.update(c, "UPDATE folder SET display_name = ?, name_key = ? WHERE id = ?", name,
                    Logins.normalise(name), folderId);
        } catch (Sql.SqlFailure e) {
            throw conflictOr(e, name);
        }
        journal(folder.accountId(), modseq, folderId, JournalKind.CHANGED);
        return require(folderId);
    }

    @Override
    public Folder move(long folderId, long newParentId) {
        Folder folder = require(folderId);
        requireParent(folder.accountId(), newParentId);
        for (long p = newParentId; p != Folder.ROOT; p = require(p).parentId()) {
            if (p == folderId) {
                throw new IllegalArgumentException("cannot move folder " + folderId + " into itself");
            }
        }
        long modseq = tx.bumpHierarchy(folder.accountId());
        try {
            Sql.update(c, "UPDATE folder SET parent_id = ? WHERE id = ?", newParentId, folderId);
        } catch (Sql.SqlFailure e) {
            throw conflictOr(e, folder.displayName());
        }
        journal(folder.accountId(), modseq, folderId, JournalKind.CHANGED);
        return require(folderId);
    }

    @Override
    public void delete(long folderId) {
        Folder folder = require(folderId);
        if (folder.type().isDefault()) {
            throw new IllegalArgumentException("default folder " + folder.displayName() + " cannot be deleted");
        }
        for (Folder child : Sql.list(c, SELECT + "WHERE parent_id = ? AND account_id = ?", JdbcFolderStore::folder,
                folderId, folder.accountId())) {
            delete(child.id());
        }
        long modseq = tx.bumpHierarchy(folder.accountId());
        Sql.update(c, "DELETE FROM item WHERE folder_id = ?", folderId);
        for (String table : new String[] {"collection_state", "held_item", "client_add"}) {
            Sql.update(c, "DELETE FROM " + table + " WHERE collection_id = ?", folderId);
        }
        Sql.update(c, "DELETE FROM folder WHERE id = ?", folderId);
        journal(folder.accountId(), modseq, folderId, JournalKind.DELETED);
        tx.forgetFolder(folderId);
    }

    private Folder require(long folderId) {
        return get(folderId).orElseThrow(() -> new NotFoundException("no folder " + folderId));
    }

    private static Folder folder(ResultSet rs) throws SQLException {
        return new Folder(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("parent_id"),
                rs.getString("display_name"), FolderType.ofCode(rs.getInt("folder_type")), rs.getLong("modseq"));
    }
}
