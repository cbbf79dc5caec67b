package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.storage.api.ChangeJournal;
import org.pushbox.storage.api.ChangeKind;
import org.pushbox.storage.api.ChangePage;
import org.pushbox.storage.api.ChangeWindow;
import org.pushbox.storage.api.FolderChange;
import org.pushbox.storage.api.HierarchyPage;
import org.pushbox.storage.api.ItemChange;
import org.pushbox.storage.api.JournalEntry;
import org.pushbox.storage.api.JournalKind;
import org.pushbox.storage.api.NotFoundException;

/**
 * Reads {@code change_journal} and {@code hierarchy_journal}. The item query groups the entries
 * after the base by item and keeps each item's first and last entry, which is all
 * {@link ChangeKind#collapse} needs; the primary key (folder, modseq) makes it a range scan.
 */
final class JdbcChangeJournal implements ChangeJournal {

    /**
     * Per item in (since, upTo]: first and last modseq, and whether any entry was more than a flag
     * change; only items whose last entry is after the cursor, oldest last entry first.
     */
    private static final String COLLAPSED = "SELECT g.item_id, g.last_modseq, g.content_changes, f.kind, l.kind, "
            + "g.first_modseq "
            + "FROM (SELECT item_id, MIN(modseq) AS first_modseq, MAX(modseq) AS last_modseq, "
            + "SUM(CASE WHEN kind = " + JournalKind.FLAGS_CHANGED.code() + " THEN 0 ELSE 1 END) AS content_changes "
            + "FROM change_journal WHERE folder_id = ? AND modseq > ? AND modseq <= ? "
            + "GROUP BY item_id HAVING MAX(modseq) > ?) g "
            + "JOIN change_journal f ON f.folder_id = ? AND f.modseq = g.first_modseq "
            + "JOIN change_journal l ON l.folder_id = ? AND l.modseq = g.last_modseq "
            + "ORDER BY g.last_modseq LIMIT ?";

    private final Connection c;

    JdbcChangeJournal(JdbcTransaction tx) {
        this.c = tx.connection();
    }

    @Override
    public long folderModseq(long folderId) {
        return Sql.one(c, "SELECT modseq FROM folder WHERE id = ?", rs -> rs.getLong(1), folderId)
                .orElseThrow(() -> new NotFoundException("no folder " + folderId));
    }

    @Override
    public ChangePage changesSince(long folderId, long sinceModseq, int limit) {
        long upTo = Math.max(folderModseq(folderId), sinceModseq);
        return changes(folderId, new ChangeWindow(sinceModseq, sinceModseq, upTo), limit);
    }

    @Override
    public ChangePage changes(long folderId, ChangeWindow window, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<Row> rows = Sql.list(c, COLLAPSED, rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3) > 0,
                JournalKind.ofCode(rs.getInt(4)), JournalKind.ofCode(rs.getInt(5)), rs.getLong(6) == rs.getLong(2)),
                folderId, window.since(), window.upTo(), window.cursor(), folderId, folderId, limit + 1);
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        List<ItemChange> changes = new ArrayList<>(page.size());
        for (Row r : page) {
            ChangeKind kind = ChangeKind.collapse(r.first, r.last, r.contentEntries);
            if (kind != null) {
                changes.add(new ItemChange(r.itemId, kind, r.lastModseq, r.singleEntry));
            }
        }
        ChangeWindow next = more
                ? new ChangeWindow(window.since(), page.get(page.size() - 1).lastModseq, window.upTo()) : null;
        return new ChangePage(changes, next, window.upTo());
    }

    private record Row(long itemId, long lastModseq, boolean contentEntries, JournalKind first, JournalKind last,
            boolean singleEntry) {
    }

    @Override
    public List<JournalEntry> entries(long folderId, long sinceModseq, int limit) {
        return Sql.list(c, "SELECT folder_id, modseq, item_id, kind FROM change_journal WHERE folder_id = ? "
                + "AND modseq > ? ORDER BY modseq LIMIT ?", rs -> new JournalEntry(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), JournalKind.ofCode(rs.getInt(4))), folderId, sinceModseq, limit);
    }

    @Override
    public long hierarchyModseq(long accountId) {
        return Sql.one(c, "SELECT hierarchy_modseq FROM account WHERE id = ?", rs -> rs.getLong(1), accountId)
                .orElseThrow(() -> new NotFoundException("no account " + accountId));
    }

    @Override
    public HierarchyPage hierarchyChangesSince(long accountId, long sinceModseq) {
        long upTo = Math.max(hierarchyModseq(accountId), sinceModseq);
        List<JournalEntry> entries = Sql.list(c, "SELECT account_id, modseq, folder_id, kind FROM hierarchy_journal "
                + "WHERE account_id = ? AND modseq > ? AND modseq <= ? ORDER BY modseq",
                rs -> new JournalEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), JournalKind.ofCode(rs.getInt(4))),
                accountId, sinceModseq, upTo);
        Map<Long, List<JournalEntry>> byFolder = new LinkedHashMap<>();
        for (JournalEntry e : entries) {
            byFolder.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
        }
        List<FolderChange> changes = new ArrayList<>();
        for (List<JournalEntry> folder : byFolder.values()) {
            JournalEntry first = folder.get(0);
            JournalEntry last = folder.get(folder.size() - 1);
            ChangeKind kind = ChangeKind.collapse(first.kind(), last.kind(), true);
            if (kind != null) {
                changes.add(new FolderChange(last.itemId(), kind, last.modseq()));
            }
        }
        changes.sort((a, b) -> Long.compare(a.modseq(), b.modseq()));
        return new HierarchyPage(changes, upTo);
    }
}
