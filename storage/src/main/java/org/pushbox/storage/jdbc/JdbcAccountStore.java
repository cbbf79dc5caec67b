package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AccountStore;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Logins;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.OutOfOffice;
import org.pushbox.storage.api.PropertyMap;

/** Accounts and their addresses in tables {@code account} and {@code account_address}. */
final class JdbcAccountStore implements AccountStore {

    private static final String SELECT = "SELECT id, login_key, display_name, enabled, policy, hierarchy_modseq, "
            + "created_at FROM account ";

    /** What authentication needs, read without building the whole account. */
    record Credentials(long accountId, String passwordHash, boolean enabled) {
    }

    private final JdbcTransaction tx;
    private final Connection c;

    JdbcAccountStore(JdbcTransaction tx) {
        this.tx = tx;
        this.c = tx.connection();
    }

    @Override
    public Account create(NewAccount account) {
        String login = requireLogin(account.login());
        if (findByLogin(login).isPresent()) {
            throw new ConflictException("login " + login + " is taken");
        }
        long id;
        try {
            id = Sql.insert(c, "INSERT INTO account (login_key, display_name, password_hash, enabled, policy, "
                    + "hierarchy_modseq, created_at) VALUES (?, ?, ?, 1, ?, 0, ?)", login, account.displayName(),
                    tx.hasher().hash(account.password()), PropertyCodec.encode(account.policy()), tx.now());
        } catch (Sql.SqlFailure e) {
            throw duplicateOr(e, "login " + login + " is taken");
        }
        for (String address : account.addresses()) {
            addAddress(id, address);
        }
        JdbcFolderStore folders = new JdbcFolderStore(tx);
        for (FolderType type : FolderType.values()) {
            if (type.isDefault()) {
                folders.createFolder(id, Folder.ROOT, type.defaultName(), type);
            }
        }
        return get(id).orElseThrow();
    }

    private static String requireLogin(String login) {
        String key = Logins.normalise(login);
        if (key.isEmpty() || key.length() > 255) {
            throw new IllegalArgumentException("a login has 1 to 255 characters");
        }
        return key;
    }

    private RuntimeException duplicateOr(Sql.SqlFailure e, String message) {
        return tx.dialect().isDuplicateKey(e.sqlException()) ? new ConflictException(message) : e;
    }

    @Override
    public Optional<Account> get(long accountId) {
        return withAddresses("a.id = ?", accountId);
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return withAddresses("a.login_key = ?", Logins.normalise(login));
    }

    @Override
    public Optional<Account> findByAddress(String address) {
        return withAddresses("a.id = (SELECT account_id FROM account_address WHERE address_key = ?)",
                Logins.normalise(address));
    }

    /**
     * One account and its addresses in one statement: every EAS request and every delivered recipient
     * loads its account, so two round trips each added up under load.
     */
    private Optional<Account> withAddresses(String where, Object arg) {
        record Row(long id, String login, String name, boolean enabled, String policy, long modseq, Instant created,
                String address) {
        }
        List<Row> rows = Sql.list(c, "SELECT a.id, a.login_key, a.display_name, a.enabled, a.policy, "
                + "a.hierarchy_modseq, a.created_at, d.address FROM account a "
                + "LEFT JOIN account_address d ON d.account_id = a.id WHERE " + where
                + " ORDER BY d.seq_no, d.address_key", rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) == 1, rs.getString(5), rs.getLong(6), Sql.instant(rs, "created_at"),
                        rs.getString(8)), arg);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        List<String> addresses = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.address() != null) {
                addresses.add(r.address());
            }
        }
        return Optional.of(new Account(first.id(), first.login(), first.name(), addresses, first.enabled(),
                PropertyCodec.decode(first.policy()), first.modseq(), first.created()));
    }

    @Override
    public List<Account> list() {
        return Sql.list(c, SELECT + "ORDER BY id", this::account);
    }

    Optional<Credentials> credentials(String loginKey) {
        return Sql.one(c, "SELECT id, password_hash, enabled FROM account WHERE login_key = ?",
                rs -> new Credentials(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1), loginKey);
    }

    @Override
    public void setPassword(long accountId, String password) {
        set(accountId, "password_hash", tx.hasher().hash(password));
    }

    @Override
    public void setEnabled(long accountId, boolean enabled) {
        set(accountId, "enabled", enabled);
    }

    @Override
    public void setDisplayName(long accountId, String displayName) {
        set(accountId, "display_name", displayName);
    }

    @Override
    public void setPolicy(long accountId, PropertyMap policy) {
        set(accountId, "policy", PropertyCodec.encode(policy));
    }

    private void set(long accountId, String column, Object value) {
        if (Sql.update(c, "UPDATE account SET " + column + " = ? WHERE id = ?", value, accountId) != 1) {
            throw new NotFoundException("no account " + accountId);
        }
    }

    @Override
    public Optional<OutOfOffice> outOfOffice(long accountId) {
        return OutOfOfficeRows.read(c, accountId);
    }

    @Override
    public void setOutOfOffice(long accountId, OutOfOffice settings) {
        OutOfOfficeRows.write(c, tx.now(), accountId, settings);
    }

    @Override
    public void addAddress(long accountId, String address) {
        String trimmed = address.strip();
        if (trimmed.isEmpty() || trimmed.length() > 320) {
            throw new IllegalArgumentException("an address has 1 to 320 characters");
        }
        int next = (int) Sql.longValue(c,
                "SELECT COALESCE(MAX(seq_no), -1) + 1 FROM account_address WHERE account_id = ?", accountId);
        try {
            Sql.update(c, "INSERT INTO account_address (address_key, account_id, address, seq_no) VALUES (?, ?, ?, ?)",
                    Logins.normalise(trimmed), accountId, trimmed, next);
        } catch (Sql.SqlFailure e) {
            throw duplicateOr(e, "address " + trimmed + " is taken");
        }
    }

    @Override
    public void removeAddress(long accountId, String address) {
        Sql.update(c, "DELETE FROM account_address WHERE account_id = ? AND address_key = ?", accountId,
                Logins.normalise(address));
    }

    @Override
    public void delete(long accountId) {
        // Items refer to folders without cascade (a folder is never deleted under its items by accident).
        Sql.update(c, "DELETE FROM item WHERE account_id = ?", accountId);
        if (Sql.update(c, "DELETE FROM account WHERE id = ?", accountId) != 1) {
            throw new NotFoundException("no account " + accountId);
        }
    }

    private Account account(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<String> addresses = new ArrayList<>(Sql.list(c,
                "SELECT address FROM account_address WHERE account_id = ? ORDER BY seq_no, address_key",
                r -> r.getString(1), id));
        return new Account(id, rs.getString("login_key"), rs.getString("display_name"), addresses,
                rs.getInt("enabled") == 1, PropertyCodec.decode(rs.getString("policy")),
                rs.getLong("hierarchy_modseq"), Sql.instant(rs, "created_at"));
    }
}
