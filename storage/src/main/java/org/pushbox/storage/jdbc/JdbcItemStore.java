package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.AttachmentMethod;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.FolderModseq;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.ItemStore;
import org.pushbox.storage.api.JournalKind;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/**
 * Items in table {@code item} (typed columns + the property map as JSON), their attachments and
 * blob references. Each write locks what it touches in a fixed order (item row, then folder rows
 * by id), raises the folder modseq and appends to {@code change_journal}.
 */
final class JdbcItemStore implements ItemStore {

    private static final String SELECT = "SELECT id, account_id, folder_id, item_class, modseq, mime_blob_id, preview, "
            + "properties, created_at, modified_at FROM item ";
    private static final int IN_LIST = 500;

    private final JdbcTransaction tx;
    private final Connection c;

    JdbcItemStore(JdbcTransaction tx) {
        this.tx = tx;
        this.c = tx.connection();
    }

    @Override
    public Item add(long folderId, ItemContent content) {
        return addAll(folderId, List.of(content)).get(0);
    }

    @Override
    public List<Item> addAll(long folderId, List<ItemContent> contents) {
        if (contents.isEmpty()) {
            return List.of();
        }
        FolderModseq folder = tx.bumpFolder(folderId, contents.size());
        long modseq = folder.modseq() - contents.size() + 1;
        List<Item> added = new ArrayList<>(contents.size());
        List<Object[]> journal = new ArrayList<>(contents.size());
        List<Object[]> attachments = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        for (ItemContent content : contents) {
            ItemIndex index = ItemIndex.of(content);
            long itemModseq = modseq;
            long id = blobChecked(() -> Sql.insert(c, "INSERT INTO item (account_id, folder_id, item_class, modseq, subject, window_start, "
                    + "window_end, is_read, flag_status, completed, conversation_id, mime_blob_id, preview, props_version, "
                    + "properties, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    folder.accountId(), folderId, content.itemClass().code(), itemModseq, index.subject(),
                    index.windowStart(), index.windowEnd(), index.read(), index.flagStatus(), index.completed(),
                    index.conversationId(), blobValue(content.mime()), content.preview(), PropertyCodec.VERSION,
                    PropertyCodec.encode(content.properties()), tx.now(), tx.now()));
            collectChildren(id, content, attachments, refs);
            journal.add(new Object[] {folderId, modseq, id, JournalKind.ADDED.code()});
            added.add(new Item(id, folder.accountId(), folderId, modseq, content, tx.now(), tx.now()));
            modseq++;
        }
        writeChildren(attachments, refs);
        Sql.batch(c, "INSERT INTO change_journal (folder_id, modseq, item_id, kind) VALUES (?, ?, ?, ?)", journal);
        return added;
    }

    private static Long blobValue(BlobId blob) {
        return blob == null ? null : blob.value();
    }

    private static void collectChildren(long itemId, ItemContent content, List<Object[]> attachments,
            List<Object[]> refs) {
        int seq = 0;
        for (Attachment a : content.attachments()) {
            attachments.add(new Object[] {itemId, seq++, a.displayName(), a.contentType(), a.contentId(),
                    a.contentLocation(), a.method().code(), a.size(), a.inline(), blobValue(a.blob()),
                    PropertyCodec.encode(a.extra())});
        }
        for (BlobId blob : blobsOf(content)) {
            refs.add(new Object[] {itemId, blob.value()});
        }
    }

    private void writeChildren(List<Object[]> attachments, List<Object[]> refs) {
        blobChecked(() -> {
            Sql.batch(c, "INSERT INTO blob_ref (item_id, blob_id) VALUES (?, ?)", refs);
            Sql.batch(c, "INSERT INTO attachment (item_id, seq_no, display_name, content_type, content_id, "
                    + "content_location, attach_method, byte_size, is_inline, blob_id, extra) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", attachments);
            return null;
        });
    }

    /** Runs a write whose only possible foreign-key failure is a reference to a blob that is not stored. */
    private <T> T blobChecked(Supplier<T> write) {
        try {
            return write.get();
        } catch (Sql.SqlFailure e) {
            if (tx.dialect().isForeignKeyViolation(e.sqlException())) {
                throw new NotFoundException("an item refers to a blob that is not stored");
            }
            throw e;
        }
    }

    /** Every blob the item uses: its MIME, attachment contents and blob-valued properties at any depth. */
    static Set<BlobId> blobsOf(ItemContent content) {
        Set<BlobId> out = new LinkedHashSet<>();
        if (content.mime() != null) {
            out.add(content.mime());
        }
        content.attachments().stream().map(Attachment::blob).filter(Objects::nonNull).forEach(out::add);
        collectBlobs(content.properties(), out);
        return out;
    }

    private static void collectBlobs(PropertyMap map, Set<BlobId> out) {
        for (PropertyValue v : map.asMap().values()) {
            if (v instanceof PropertyValue.Blob b) {
                out.add(b.value());
            } else if (v instanceof PropertyValue.Group g) {
                collectBlobs(g.value(), out);
            } else if (v instanceof PropertyValue.GroupList gl) {
                gl.value().forEach(m -> collectBlobs(m, out));
            }
        }
    }

    @Override
    public Optional<Item> get(long itemId) {
        List<Item> items = getAll(List.of(itemId));
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    @Override
    public List<Item> getAll(Collection<Long> itemIds) {
        List<Long> ids = itemIds.stream().distinct().sorted().toList();
        List<Item> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            Object[] args = part.toArray();
            Map<Long, List<Attachment>> attachments = new HashMap<>();
            Sql.list(c, "SELECT * FROM attachment WHERE item_id IN (" + Sql.marks(part.size()) + ") ORDER BY item_id, seq_no",
                    rs -> attachments.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>()).add(attachment(rs)),
                    args);
            out.addAll(Sql.list(c, SELECT + "WHERE id IN (" + Sql.marks(part.size()) + ") ORDER BY id",
                    rs -> item(rs, attachments.getOrDefault(rs.getLong("id"), List.of())), args));
        }
        return out;
    }

    @Override
    public Item replace(long itemId, ItemContent content) {
        Item old = lock(itemId);
        long modseq = tx.bumpFolder(old.folderId(), 1).modseq();
        ItemIndex index = ItemIndex.of(content);
        blobChecked(() -> Sql.update(c, "UPDATE item SET item_class = ?, modseq = ?, subject = ?, window_start = ?, window_end = ?, "
                + "is_read = ?, flag_status = ?, completed = ?, conversation_id = ?, mime_blob_id = ?, preview = ?, "
                + "props_version = ?, properties = ?, modified_at = ? WHERE id = ?", content.itemClass().code(), modseq,
                index.subject(), index.windowStart(), index.windowEnd(), index.read(), index.flagStatus(),
                index.completed(), index.conversationId(), blobValue(content.mime()), content.preview(), PropertyCodec.VERSION,
                PropertyCodec.encode(content.properties()), tx.now(), itemId));
        Sql.update(c, "DELETE FROM attachment WHERE item_id = ?", itemId);
        Sql.update(c, "DELETE FROM blob_ref WHERE item_id = ?", itemId);
        List<Object[]> attachments = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        collectChildren(itemId, content, attachments, refs);
        writeChildren(attachments, refs);
        journal(old.folderId(), modseq, itemId, JournalKind.CHANGED);
        return new Item(itemId, old.accountId(), old.folderId(), modseq, content, old.created(), tx.now());
    }

    @Override
    public Item update(long itemId, PropertyMap changes, Set<String> removed) {
        Item old = lock(itemId);
        PropertyMap before = old.properties();
        PropertyMap after = before.merge(changes, removed);
        if (after.equals(before)) {
            return old; // a repeated (retried) change writes nothing and raises nothing
        }
        Set<String> touched = new LinkedHashSet<>();
        for (String key : changes.keys()) {
            if (!changes.get(key).equals(before.get(key))) {
                touched.add(key);
            }
        }
        removed.stream().filter(k -> before.get(k).isPresent()).forEach(touched::add);
        ItemContent current = old.content();
        ItemContent content = new ItemContent(current.itemClass(), after, current.mime(), current.preview(),
                current.attachments());
        if (!old.itemClass().isFlagOnly(touched)) {
            return replace(itemId, content);
        }
        long modseq = tx.bumpFolder(old.folderId(), 1).modseq();
        ItemIndex index = ItemIndex.of(content);
        Sql.update(c, "UPDATE item SET modseq = ?, is_read = ?, flag_status = ?, properties = ?, modified_at = ? "
                + "WHERE id = ?", modseq, index.read(), index.flagStatus(), PropertyCodec.encode(after), tx.now(), itemId);
        journal(old.folderId(), modseq, itemId, JournalKind.FLAGS_CHANGED);
        return new Item(itemId, old.accountId(), old.folderId(), modseq, content, old.created(), tx.now());
    }

    @Override
    public void delete(long itemId) {
        Item old = lock(itemId);
        long modseq = tx.bumpFolder(old.folderId(), 1).modseq();
        Sql.update(c, "DELETE FROM item WHERE id = ?", itemId);
        journal(old.folderId(), modseq, itemId, JournalKind.DELETED);
    }

    @Override
    public Item move(long itemId, long targetFolderId) {
        Item old = lock(itemId);
        if (old.folderId() == targetFolderId) {
            return old;
        }
        long targetAccount = Sql.one(c, "SELECT account_id FROM folder WHERE id = ?", rs -> rs.getLong(1),
                targetFolderId).orElseThrow(() -> new NotFoundException("no folder " + targetFolderId));
        if (targetAccount != old.accountId()) {
            throw new IllegalArgumentException("items move only between folders of one account");
        }
        // Lock both folders in id order, so two opposite moves cannot deadlock.
        long low = Math.min(old.folderId(), targetFolderId);
        long high = Math.max(old.folderId(), targetFolderId);
        long lowModseq = tx.bumpFolder(low, 1).modseq();
        long highModseq = tx.bumpFolder(high, 1).modseq();
        long outModseq = low == old.folderId() ? lowModseq : highModseq;
        long inModseq = low == targetFolderId ? lowModseq : highModseq;
        Sql.update(c, "UPDATE item SET folder_id = ?, modseq = ?, modified_at = ? WHERE id = ?", targetFolderId,
                inModseq, tx.now(), itemId);
        journal(old.folderId(), outModseq, itemId, JournalKind.MOVED_OUT);
        journal(targetFolderId, inModseq, itemId, JournalKind.MOVED_IN);
        return new Item(itemId, old.accountId(), targetFolderId, inModseq, old.content(), old.created(), tx.now());
    }

    @Override
    public List<Long> ids(long folderId, ItemFilter filter) {
        List<Object> args = new ArrayList<>(List.of(folderId));
        String matches = matching(filter, args);
        if (filter.wholeConversations()) {
            // also every item sharing a conversation with a matching one: a semi-join on ix_item_conversation
            args.add(folderId);
            String inner = matching(filter, args);
            matches = "(" + matches + " OR conversation_id IN (SELECT conversation_id FROM item WHERE folder_id = ? AND "
                    + "conversation_id IS NOT NULL AND " + inner + "))";
        }
        return Sql.list(c, "SELECT id FROM item WHERE folder_id = ? AND " + matches + " ORDER BY id",
                rs -> rs.getLong(1), args.toArray());
    }

    /** The filter's own condition on one row of {@code item}, its arguments appended to {@code args}. */
    private static String matching(ItemFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder("(1 = 1");
        if (filter.notBefore() != null) {
            sql.append(" AND (window_end IS NULL OR window_end >= ?)");
            args.add(filter.notBefore());
        }
        if (filter.incompleteOnly()) {
            sql.append(" AND completed = 0");
        }
        return sql.append(')').toString();
    }

    @Override
    public List<Long> idsWithMime(long folderId, BlobId mime, Instant notBefore) {
        // mime_blob_id is indexed (its foreign key), so this reads only the items sharing the blob.
        return Sql.list(c, "SELECT id FROM item WHERE folder_id = ? AND mime_blob_id = ?"
                + " AND (window_end IS NULL OR window_end >= ?) ORDER BY id", rs -> rs.getLong(1),
                folderId, mime.value(), notBefore);
    }

    @Override
    public long count(long folderId) {
        return Sql.longValue(c, "SELECT COUNT(*) FROM item WHERE folder_id = ?", folderId);
    }

    /** Reads the item and locks its row until commit; the folder it is in cannot change under us. */
    private Item lock(long itemId) {
        if (Sql.one(c, "SELECT id FROM item WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), itemId).isEmpty()) {
            throw new NotFoundException("no item " + itemId);
        }
        return get(itemId).orElseThrow();
    }

    private void journal(long folderId, long modseq, long itemId, JournalKind kind) {
        Sql.update(c, "INSERT INTO change_journal (folder_id, modseq, item_id, kind) VALUES (?, ?, ?, ?)", folderId,
                modseq, itemId, kind.code());
    }

    private static Item item(ResultSet rs, List<Attachment> attachments) throws SQLException {
        Long mime = Sql.nullableLong(rs, "mime_blob_id");
        ItemContent content = new ItemContent(ItemClass.ofCode(rs.getInt("item_class")),
                PropertyCodec.decode(rs.getString("properties")), mime == null ? null : new BlobId(mime),
                rs.getString("preview"), attachments);
        return new Item(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("folder_id"), rs.getLong("modseq"),
                content, Sql.instant(rs, "created_at"), Sql.instant(rs, "modified_at"));
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        Long blob = Sql.nullableLong(rs, "blob_id");
        return new Attachment(rs.getString("display_name"), rs.getString("content_type"), rs.getString("content_id"),
                rs.getString("content_location"), AttachmentMethod.ofCode(rs.getInt("attach_method")),
                rs.getLong("byte_size"), rs.getInt("is_inline") == 1, blob == null ? null : new BlobId(blob),
                PropertyCodec.decode(rs.getString("extra")));
    }
}
