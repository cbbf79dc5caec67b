package org.pushbox.protocol.command.settings;

import static org.pushbox.protocol.command.settings.SettingsTags.*;

import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * {@code settings:DeviceInformation}, which Settings (12.1+) and Provision (14.1+) share: the
 * request form {@code DeviceInformation/Set/...} and the response form {@code DeviceInformation/Status}.
 */
public final class DeviceInformationCodec {

    /** The {@code settings:DeviceInformation} tag, for commands that embed it. */
    public static final Tag DEVICE_INFORMATION_TAG = DEVICE_INFORMATION;

    private static final Tag[] SET_CHILDREN = {MODEL, IMEI, FRIENDLY_NAME, OS, OS_LANGUAGE, PHONE_NUMBER, USER_AGENT,
        ENABLE_OUTBOUND_SMS, MOBILE_OPERATOR};

    private DeviceInformationCodec() {
    }

    /** Reads {@code <DeviceInformation><Set>...</Set></DeviceInformation>}; faults carry {@code onError}. */
    public static DeviceInformation decodeSet(WbxmlElement deviceInformation, EasStatus onError) throws CommandException {
        ElementReader set = ElementReader.of(deviceInformation, onError, SET).requiredContainer(SET, SET_CHILDREN);
        return new DeviceInformation(set.text(MODEL), set.text(IMEI), set.text(FRIENDLY_NAME), set.text(OS),
                set.text(OS_LANGUAGE), set.text(PHONE_NUMBER), set.text(USER_AGENT), set.bool(ENABLE_OUTBOUND_SMS),
                set.text(MOBILE_OPERATOR));
    }

    /** Writes the request form, each element only in the versions that know it. */
    public static WbxmlElement encodeSet(DeviceInformation info, ProtocolVersion version) {
        return ElementBuilder.of(DEVICE_INFORMATION, version).child(SET, s -> s
                .text(MODEL, info.model())
                .text(IMEI, info.imei())
                .text(FRIENDLY_NAME, info.friendlyName())
                .text(OS, info.os())
                .text(OS_LANGUAGE, info.osLanguage())
                .text(PHONE_NUMBER, info.phoneNumber())
                .text(USER_AGENT, info.userAgent())
                .bool(ENABLE_OUTBOUND_SMS, info.enableOutboundSms())
                .text(MOBILE_OPERATOR, info.mobileOperator())).build();
    }

    /** Writes the response form {@code <DeviceInformation><Status>n</Status></DeviceInformation>}. */
    public static WbxmlElement encodeStatus(EasStatus status, ProtocolVersion version) {
        return ElementBuilder.of(DEVICE_INFORMATION, version).status(STATUS, status).build();
    }

    /** Reads the response form; faults carry {@code onError}. */
    public static EasStatus decodeStatus(WbxmlElement deviceInformation, EasStatus onError) throws CommandException {
        return ElementReader.of(deviceInformation, onError, STATUS).requiredStatus(STATUS, SettingsStatus.values());
    }
}
