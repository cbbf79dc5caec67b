package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.DUPLICATE_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.MALFORMED_QUERY;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The plain query form, {@code Cmd=Sync&User=u&DeviceId=d&DeviceType=t[&Param=v…]}: pairs in any order,
 * names case-insensitive. Each known name may appear once (a second {@code DeviceId} could make two
 * layers disagree about which device is talking); unknown names are ignored, as Exchange and Z-Push do.
 */
final class PlainQuery {

    static final String CMD = "Cmd";
    static final String USER = "User";
    static final String DEVICE_ID = "DeviceId";
    static final String DEVICE_TYPE = "DeviceType";
    static final String SAVE_IN_SENT = "SaveInSent";

    private static final String[] FIXED_NAMES = {CMD, USER, DEVICE_ID, DEVICE_TYPE, SAVE_IN_SENT};

    private PlainQuery() {
    }

    static QueryFields parse(String query) throws RequestLineException {
        QueryFields fields = new QueryFields(QueryForm.PLAIN);
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2" and a trailing '&' are harmless
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                String name = PercentDecoder.decode(pair, true, MALFORMED_QUERY, "query");
                throw new RequestLineException(MALFORMED_QUERY, "query", "pair without '=': " + Ascii.quote(name));
            }
            String name = PercentDecoder.decode(pair.substring(0, eq), true, MALFORMED_QUERY, "query");
            Optional<String> canonical = canonicalName(name);
            if (canonical.isEmpty()) {
                continue;
            }
            String field = canonical.get();
            String value = PercentDecoder.decode(pair.substring(eq + 1), true, MALFORMED_QUERY, field);
            if (!seen.add(field)) {
                throw new RequestLineException(DUPLICATE_PARAMETER, field, "given more than once");
            }
            assign(fields, field, value);
        }
        return fields;
    }

    private static Optional<String> canonicalName(String name) {
        for (String fixed : FIXED_NAMES) {
            if (Ascii.equalsIgnoreCase(fixed, name)) {
                return Optional.of(fixed);
            }
        }
        return RequestParameter.byQueryName(name).map(RequestParameter::queryName);
    }

    private static void assign(QueryFields fields, String field, String value) throws RequestLineException {
        switch (field) {
            case CMD -> fields.commandName = value;
            case USER -> fields.user = value;
            case DEVICE_ID -> fields.deviceId = value;
            case DEVICE_TYPE -> fields.deviceType = value;
            case SAVE_IN_SENT -> fields.saveInSent = flag(value);
            default -> fields.parameters.put(RequestParameter.byQueryName(field).orElseThrow(), value);
        }
    }

    private static boolean flag(String value) throws RequestLineException {
        if (Ascii.equalsIgnoreCase(value, "T")) {
            return true;
        }
        if (Ascii.equalsIgnoreCase(value, "F")) {
            return false;
        }
        throw new RequestLineException(BAD_PARAMETER, SAVE_IN_SENT, "must be T or F, not " + Ascii.quote(value));
    }
}
