package org.pushbox.server.command.settings;

import org.pushbox.protocol.command.settings.DeviceInformation;
import org.pushbox.server.security.DeviceKeys;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.Transaction;

/** Stores what a device says about itself in DeviceInformation (Settings, or Provision from 14.1 on). */
public final class DeviceDetails {

    private DeviceDetails() {
    }

    /** Model, OS and user agent go to the device's columns, the rest to its details; absent fields are kept. */
    public static void save(Transaction tx, Device device, DeviceInformation info) {
        PropertyMap.Builder extra = PropertyMap.builder()
                .text(DeviceKeys.IMEI, info.imei())
                .text(DeviceKeys.FRIENDLY_NAME, info.friendlyName())
                .text(DeviceKeys.OS_LANGUAGE, info.osLanguage())
                .text(DeviceKeys.PHONE_NUMBER, info.phoneNumber())
                .text(DeviceKeys.MOBILE_OPERATOR, info.mobileOperator());
        if (info.enableOutboundSms() != null) {
            extra.bool(DeviceKeys.ENABLE_OUTBOUND_SMS, info.enableOutboundSms());
        }
        tx.devices().register(device.accountId(), device.deviceId(),
                new DeviceInfo(null, info.model(), info.os(), info.userAgent(), extra.build()));
    }
}
