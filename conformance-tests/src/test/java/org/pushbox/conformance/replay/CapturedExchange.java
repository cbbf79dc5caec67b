package org.pushbox.conformance.replay;

import java.util.Map;
import java.util.Optional;

/**
 * One request of a capture and Exchange's answer, as the corpus stores them.
 *
 * @param number         the exchange's place in the capture (NNN)
 * @param command        the command name, or OPTIONS
 * @param time           when the device sent the request
 * @param answered       when Exchange's answer came, or null (none in the capture)
 * @param deviceId       the DeviceId of the device that sent it (an OPTIONS request: the device's next request)
 * @param parameters     the plain query's command parameters (not Cmd, User, DeviceId, DeviceType)
 * @param headers        the request headers the corpus lists under {@code selected_headers} (null values dropped)
 * @param policyKey      the policy key the device sent (header or base64 blob), if any
 * @param requestBody    the request's WBXML, or null when it had no body
 * @param responseStatus Exchange's HTTP status
 * @param responseBody   Exchange's WBXML answer (ungzipped), or null when it was empty or not WBXML
 */
record CapturedExchange(int number, String command, java.time.Instant time, java.time.Instant answered,
        String deviceId, Map<String, String> parameters, Map<String, String> headers,
        Optional<String> policyKey, byte[] requestBody, int responseStatus, byte[] responseBody) {

    CapturedExchange on(String device) {
        return new CapturedExchange(number, command, time, answered, device, parameters, headers, policyKey, requestBody,
                responseStatus, responseBody);
    }

    boolean isOptions() {
        return "OPTIONS".equals(command);
    }

    @Override
    public String toString() {
        return String.format("%03d-%s", number, command);
    }
}
