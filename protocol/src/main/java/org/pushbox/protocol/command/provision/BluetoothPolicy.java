package org.pushbox.protocol.command.provision;

/** Whether Bluetooth may be used (AllowBluetooth). The wire value is the ordinal. */
public enum BluetoothPolicy {
    DISABLED,
    HANDS_FREE_ONLY,
    ALLOWED
}
