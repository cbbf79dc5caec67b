package org.pushbox.storage.api;

import java.util.Objects;
import java.util.Optional;

/** An account and, if the account has one, its device of a given DeviceId. */
public record AccountDevice(Account account, Optional<Device> device) {

    public AccountDevice {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(device, "device");
    }
}
