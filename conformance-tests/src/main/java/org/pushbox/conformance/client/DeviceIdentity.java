package org.pushbox.conformance.client;

import java.util.Objects;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.QueryForm;

/**
 * Who a test client claims to be on every request: the device's id and type, its User-Agent, the
 * protocol version it negotiated and the query form it writes (PLAIN as iOS does, BASE64 as some
 * Android and Windows clients do).
 *
 * @param locale the LCID of the base64 form (the plain form has no locale)
 */
public record DeviceIdentity(String deviceId, String deviceType, String userAgent, ProtocolVersion version,
        QueryForm queryForm, int locale) {

    /** US English, the LCID captured devices send. */
    public static final int EN_US = 0x0409;

    public DeviceIdentity {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(version, "version");
        if (queryForm != QueryForm.PLAIN && queryForm != QueryForm.BASE64) {
            throw new IllegalArgumentException("a device writes the PLAIN or the BASE64 query form, not " + queryForm);
        }
    }

    public static DeviceIdentity plain(String deviceId, String deviceType, String userAgent, ProtocolVersion version) {
        return new DeviceIdentity(deviceId, deviceType, userAgent, version, QueryForm.PLAIN, EN_US);
    }

    public static DeviceIdentity base64(String deviceId, String deviceType, String userAgent, ProtocolVersion version) {
        return new DeviceIdentity(deviceId, deviceType, userAgent, version, QueryForm.BASE64, EN_US);
    }
}
