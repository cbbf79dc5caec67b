package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.DeviceStore;
import org.pushbox.storage.api.Logins;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.WipeState;

/** Devices in table {@code device}, one per (account, lower-cased DeviceId). */
final class JdbcDeviceStore implements DeviceStore {

    private static final String SELECT = "SELECT * FROM device ";

    private final JdbcTransaction tx;
    private final Connection c;

    JdbcDeviceStore(JdbcTransaction tx) {
        this.tx = tx;
        this.c = tx.connection();
    }

    @Override
    public Device register(long accountId, String deviceId, DeviceInfo info) {
        String key = Logins.normalise(deviceId);
        if (key.isEmpty() || key.length() > 128) {
            throw new IllegalArgumentException("a DeviceId has 1 to 128 characters");
        }
        Optional<Device> existing = find(accountId, deviceId);
        if (existing.isEmpty()) {
            // Lock the account row, then look again: two first requests of a new device insert it once.
            if (Sql.one(c, "SELECT id FROM account WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), accountId).isEmpty()) {
                throw new NotFoundException("no account " + accountId);
            }
            existing = find(accountId, deviceId);
        }
        if (existing.isEmpty()) {
            long id = Sql.insert(c, "INSERT INTO device (account_id, device_key, device_id, device_type, model, os, "
                    + "user_agent, extra, policy_key, wipe_state, first_seen, last_seen) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)", accountId, key, deviceId.strip(), info.deviceType(),
                    info.model(), info.os(), info.userAgent(), PropertyCodec.encode(info.extra()), tx.now(), tx.now());
            return get(id).orElseThrow();
        }
        Device d = existing.get();
        Sql.update(c, "UPDATE device SET device_type = ?, model = ?, os = ?, user_agent = ?, extra = ?, last_seen = ? "
                + "WHERE id = ?", or(info.deviceType(), d.deviceType()), or(info.model(), d.model()),
                or(info.os(), d.os()), or(info.userAgent(), d.userAgent()),
                PropertyCodec.encode(d.extra().merge(info.extra(), List.of())), tx.now(), d.id());
        return get(d.id()).orElseThrow();
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    @Override
    public Optional<Device> find(long accountId, String deviceId) {
        return Sql.one(c, SELECT + "WHERE account_id = ? AND device_key = ?", JdbcDeviceStore::device, accountId,
                Logins.normalise(deviceId));
    }

    @Override
    public Optional<Device> get(long id) {
        return Sql.one(c, SELECT + "WHERE id = ?", JdbcDeviceStore::device, id);
    }

    @Override
    public List<Device> list(long accountId) {
        return Sql.list(c, SELECT + "WHERE account_id = ? ORDER BY id", JdbcDeviceStore::device, accountId);
    }

    @Override
    public void setPolicyKey(long id, long policyKey) {
        set(id, "policy_key", policyKey);
    }

    @Override
    public void setWipeState(long id, WipeState state) {
        set(id, "wipe_state", state.code());
    }

    private void set(long id, String column, Object value) {
        if (Sql.update(c, "UPDATE device SET " + column + " = ? WHERE id = ?", value, id) != 1) {
            throw new NotFoundException("no device " + id);
        }
    }

    @Override
    public void delete(long id) {
        if (Sql.update(c, "DELETE FROM device WHERE id = ?", id) != 1) {
            throw new NotFoundException("no device " + id);
        }
    }

    private static Device device(ResultSet rs) throws SQLException {
        return new Device(rs.getLong("id"), rs.getLong("account_id"), rs.getString("device_id"),
                rs.getString("device_type"), rs.getString("model"), rs.getString("os"), rs.getString("user_agent"),
                PropertyCodec.decode(rs.getString("extra")), rs.getLong("policy_key"),
                WipeState.ofCode(rs.getInt("wipe_state")), Sql.instant(rs, "first_seen"), Sql.instant(rs, "last_seen"));
    }
}
