package org.pushbox.server.security;

import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyType;

/**
 * What pushbox keeps in a device's details ({@code Device.extra()}) besides the indexed columns: the
 * provisioning handshake in progress and what the device said about itself in DeviceInformation.
 */
public enum DeviceKeys implements PropertyKey {
    /** The temporary key handed out in phase 1, valid only for the acknowledgement. */
    TEMPORARY_POLICY_KEY(PropertyType.INTEGER),
    /** The temporary key whose acknowledgement produced the current final key: a repeated ack gets it again. */
    ACKNOWLEDGED_TEMPORARY_KEY(PropertyType.INTEGER),
    /** Fingerprint of the policy the final key was issued for; a different policy makes the key stale. */
    POLICY_FINGERPRINT(PropertyType.TEXT),
    /** The device's Policy/Status in its acknowledgement (1 applied ... 4 externally managed). */
    POLICY_ACK_STATUS(PropertyType.INTEGER),
    IMEI(PropertyType.TEXT),
    FRIENDLY_NAME(PropertyType.TEXT),
    OS_LANGUAGE(PropertyType.TEXT),
    PHONE_NUMBER(PropertyType.TEXT),
    MOBILE_OPERATOR(PropertyType.TEXT),
    ENABLE_OUTBOUND_SMS(PropertyType.BOOLEAN),
    /** When the device last stored a recovery password with Settings DevicePassword (the password is not kept). */
    RECOVERY_PASSWORD_SET(PropertyType.TIME);

    private final PropertyType type;
    private final String key;

    DeviceKeys(PropertyType type) {
        this.type = type;
        this.key = PolicyKeys.camel(name());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public PropertyType type() {
        return type;
    }
}
