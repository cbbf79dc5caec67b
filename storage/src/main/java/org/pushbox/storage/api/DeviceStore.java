package org.pushbox.storage.api;

import java.util.List;
import java.util.Optional;

/** Devices of accounts: identity, what they report, policy key and wipe state. */
public interface DeviceStore {

    /** Finds or creates the device, merges {@code info} and sets last seen to now. */
    Device register(long accountId, String deviceId, DeviceInfo info);

    @ReadOnly
    Optional<Device> find(long accountId, String deviceId);

    @ReadOnly
    Optional<Device> get(long id);

    @ReadOnly
    List<Device> list(long accountId);

    void setPolicyKey(long id, long policyKey);

    void setWipeState(long id, WipeState state);

    /** The watch the device saved last, if any. */
    @ReadOnly
    Optional<DeviceWatch> watch(long id);

    /** Replaces the device's watch. */
    void saveWatch(long id, DeviceWatch watch);

    /** Deletes the device and all its sync state. */
    void delete(long id);
}
