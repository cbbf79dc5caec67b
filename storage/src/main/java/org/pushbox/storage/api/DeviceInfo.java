package org.pushbox.storage.api;

/**
 * What a device says about itself. Null fields leave the stored value unchanged on update;
 * {@code extra} (IMEI, friendly name, operator, ...) is merged into the stored details.
 */
public record DeviceInfo(String deviceType, String model, String os, String userAgent, PropertyMap extra) {

    public DeviceInfo {
        extra = extra == null ? PropertyMap.EMPTY : extra;
    }

    public static DeviceInfo of(String deviceType, String userAgent) {
        return new DeviceInfo(deviceType, null, null, userAgent, PropertyMap.EMPTY);
    }
}
