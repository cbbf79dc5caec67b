package org.pushbox.server.config;

import java.util.Locale;

/**
 * One raw setting and where it came from, with the conversions that turn it into a typed value. Every
 * failure says which key, which source and what would have been accepted.
 */
record ConfigValue(ConfigKey key, String raw, String source) {

    boolean isSet() {
        return !raw.isBlank();
    }

    String text() {
        return raw.strip();
    }

    ConfigException invalid(String expected) {
        return new ConfigException("invalid value for " + key.key() + " (from " + source + "): '" + raw
                + "'; expected " + expected);
    }

    int intIn(int min, int max) throws ConfigException {
        long value = longIn(min, max, "an integer from " + min + " to " + max);
        return (int) value;
    }

    boolean bool() throws ConfigException {
        switch (text().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw invalid("true or false");
        }
    }

    /** A byte count: a plain number, or one with a k, m or g suffix (powers of 1024). */
    long bytesIn(long min, long max) throws ConfigException {
        String text = text().toLowerCase(Locale.ROOT);
        String expected = "a size from " + min + " to " + max + " bytes, e.g. 65536, 64k, 32m or 1g";
        long unit = 1;
        if (!text.isEmpty()) {
            char last = text.charAt(text.length() - 1);
            unit = switch (last) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                case 'g' -> 1L << 30;
                default -> 1;
            };
            if (unit != 1) {
                text = text.substring(0, text.length() - 1).strip();
            }
        }
        long number = parseLong(text, expected);
        if (number > max / unit) {
            throw invalid(expected);
        }
        long value = number * unit;
        if (value < min || value > max) {
            throw invalid(expected);
        }
        return value;
    }

    private long longIn(long min, long max, String expected) throws ConfigException {
        long value = parseLong(text(), expected);
        if (value < min || value > max) {
            throw invalid(expected);
        }
        return value;
    }

    private long parseLong(String text, String expected) throws ConfigException {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 18) {
            throw invalid(expected);
        }
        return Long.parseLong(text);
    }
}
