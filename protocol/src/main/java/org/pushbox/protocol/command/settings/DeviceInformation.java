package org.pushbox.protocol.command.settings;

/**
 * What a device says about itself in {@code DeviceInformation/Set}, inside Settings (12.1+) or
 * Provision (14.1+). Every field is {@code null} when not sent. UserAgent is 12.1+,
 * EnableOutboundSMS and MobileOperator are 14.0+ (they are kept when an older client sends them).
 */
public record DeviceInformation(String model, String imei, String friendlyName, String os, String osLanguage,
        String phoneNumber, String userAgent, Boolean enableOutboundSms, String mobileOperator) {
}
