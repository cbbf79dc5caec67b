package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pushbox.storage.api.AccountStore;
import org.pushbox.storage.api.ChangeJournal;
import org.pushbox.storage.api.CommitEvent;
import org.pushbox.storage.api.DeviceStore;
import org.pushbox.storage.api.FolderModseq;
import org.pushbox.storage.api.FolderStore;
import org.pushbox.storage.api.ItemStore;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.OutboundQueue;
import org.pushbox.storage.api.SyncStateStore;
import org.pushbox.storage.api.Transaction;

/**
 * One database transaction: a connection with auto-commit off, the stores bound to it, and the
 * modseqs it raised (reported to commit listeners once it has committed).
 */
public final class JdbcTransaction implements Transaction {

    private final Connection connection;
    private final Dialect dialect;
    private final Argon2PasswordHasher hasher;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Map<Long, FolderModseq> folders = new LinkedHashMap<>();
    private final Map<Long, Long> hierarchies = new LinkedHashMap<>();

    JdbcTransaction(Connection connection, Dialect dialect, Argon2PasswordHasher hasher) {
        this.connection = connection;
        this.dialect = dialect;
        this.hasher = hasher;
    }

    /** The transaction's connection; exposed for tests that break it midway. */
    public Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    Argon2PasswordHasher hasher() {
        return hasher;
    }

    /** The transaction's clock reading, at database (microsecond) precision. */
    Instant now() {
        return now;
    }

    /**
     * Raises the folder's modseq by {@code count} and returns the folder's new state; the first new
     * value is {@code modseq() - count + 1}. The
     * UPDATE locks the folder row until commit, so concurrent writers queue and no value repeats.
     * Callers bump before inserting rows that refer to the folder (no shared-then-exclusive lock upgrade).
     */
    FolderModseq bumpFolder(long folderId, int count) {
        if (Sql.update(connection, "UPDATE folder SET modseq = modseq + ? WHERE id = ?", count, folderId) != 1) {
            throw new NotFoundException("no folder " + folderId);
        }
        FolderModseq after = Sql.one(connection, "SELECT account_id, modseq FROM folder WHERE id = ?",
                rs -> new FolderModseq(rs.getLong(1), folderId, rs.getLong(2)), folderId).orElseThrow();
        folders.put(folderId, after);
        return after;
    }

    /** Raises the account's hierarchy modseq by one and returns it; same locking as {@link #bumpFolder}. */
    long bumpHierarchy(long accountId) {
        if (Sql.update(connection, "UPDATE account SET hierarchy_modseq = hierarchy_modseq + 1 WHERE id = ?",
                accountId) != 1) {
            throw new NotFoundException("no account " + accountId);
        }
        long modseq = Sql.longValue(connection, "SELECT hierarchy_modseq FROM account WHERE id = ?", accountId);
        hierarchies.put(accountId, modseq);
        return modseq;
    }

    /** A deleted folder has nothing left to announce. */
    void forgetFolder(long folderId) {
        folders.remove(folderId);
    }

    CommitEvent event() {
        return new CommitEvent(new ArrayList<>(folders.values()), hierarchies);
    }

    @Override
    public AccountStore accounts() {
        return new JdbcAccountStore(this);
    }

    @Override
    public FolderStore folders() {
        return new JdbcFolderStore(this);
    }

    @Override
    public ItemStore items() {
        return new JdbcItemStore(this);
    }

    @Override
    public ChangeJournal journal() {
        return new JdbcChangeJournal(this);
    }

    @Override
    public DeviceStore devices() {
        return new JdbcDeviceStore(this);
    }

    @Override
    public SyncStateStore syncStates() {
        return new JdbcSyncStateStore(this);
    }

    @Override
    public OutboundQueue outbound() {
        return new JdbcOutboundQueue(this);
    }
}
