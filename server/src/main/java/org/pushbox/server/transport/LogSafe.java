package org.pushbox.server.transport;

/**
 * Makes client-supplied text fit for a log line: control characters (CR/LF would forge log lines) become
 * '?', and the length is capped so that a hostile value cannot flood the log.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    public static String text(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 3);
        for (int i = 0; i < value.length() && out.length() < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c);
        }
        if (value.length() > MAX_LENGTH) {
            out.append("...");
        }
        return out.toString();
    }

    /**
     * The DeviceId of a plain-form query, for log lines about requests that were refused before (or
     * instead of) parsing; "-" when there is none. Base64-form ids are not decoded here.
     */
    public static String deviceIdHint(String uri) {
        int question = uri == null ? -1 : uri.indexOf('?');
        if (question < 0) {
            return "-";
        }
        for (String pair : uri.substring(question + 1).split("&", 64)) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase("DeviceId")) {
                return text(pair.substring(equals + 1));
            }
        }
        return "-";
    }
}
