package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.DeviceStore;
import org.pushbox.storage.api.DeviceWatch;
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
        if (d.isCurrent(info, tx.now())) {
            return d;
        }
        Device merged = d.seenWith(info, tx.now());
        Sql.update(c, "UPDATE device SET device_type = ?, model = ?, os = ?, user_agent = ?, extra = ?, last_seen = ? "
                + "WHERE id = ?", merged.deviceType(), merged.model(), merged.os(), merged.userAgent(),
                PropertyCodec.encode(merged.extra()), merged.lastSeen(), d.id());
        return merged;
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

    @Override
    public Optional<DeviceWatch> watch(long id) {
        // One statement: every Ping reads the watch.
        record Row(int heartbeat, Long folder) {
        }
        List<Row> rows = Sql.list(c, "SELECT w.heartbeat_seconds, f.folder_id FROM device_watch w "
                + "LEFT JOIN device_watch_folder f ON f.device_id = w.device_id WHERE w.device_id = ?",
                rs -> new Row(rs.getInt(1), Sql.nullableLong(rs, "folder_id")), id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> folders = new HashSet<>();
        rows.stream().map(Row::folder).filter(Objects::nonNull).forEach(folders::add);
        return Optional.of(new DeviceWatch(rows.get(0).heartbeat(), folders));
    }

    @Override
    public void saveWatch(long id, DeviceWatch watch) {
        // The device row lock serialises two saves of one device (concurrent requests): no duplicate insert.
        if (Sql.one(c, "SELECT id FROM device WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id).isEmpty()) {
            throw new NotFoundException("no device " + id);
        }
        Sql.update(c, "DELETE FROM device_watch_folder WHERE device_id = ?", id);
        if (Sql.update(c, "UPDATE device_watch SET heartbeat_seconds = ?, updated_at = ? WHERE device_id = ?",
                watch.heartbeatSeconds(), tx.now(), id) == 0) {
            Sql.update(c, "INSERT INTO device_watch (device_id, heartbeat_seconds, updated_at) VALUES (?, ?, ?)", id,
                    watch.heartbeatSeconds(), tx.now());
        }
        List<Object[]> rows = new ArrayList<>();
        watch.folderIds().forEach(folder -> rows.add(new Object[] {id, folder}));
        Sql.batch(c, "INSERT INTO device_watch_folder (device_id, folder_id) VALUES (?, ?)", rows);
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
