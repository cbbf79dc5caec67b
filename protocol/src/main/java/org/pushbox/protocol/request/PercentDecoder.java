package org.pushbox.protocol.request;

import java.util.HexFormat;

/**
 * Decodes one percent-encoded query component (RFC 3986) into UTF-8 text. Strict: a '%' must be followed
 * by two hex digits, the bytes must be valid UTF-8, and raw characters must be visible ASCII (a request
 * line cannot carry anything else).
 */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * @param plusIsSpace true for the plain form, where '+' means a space as in every form decoder
     *                    (PHP, servlets) that Z-Push and grommunio clients were written against; false for
     *                    the base64 form, where '+' is a base64 digit
     */
    static String decode(String component, boolean plusIsSpace, RequestLineException.Reason reason, String field)
            throws RequestLineException {
        byte[] bytes = new byte[component.length()];
        int length = 0;
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%') {
                if (i + 2 >= component.length() || !isHex(component.charAt(i + 1)) || !isHex(component.charAt(i + 2))) {
                    throw new RequestLineException(reason, field, "'%' not followed by two hex digits at offset " + i);
                }
                bytes[length++] = (byte) HexFormat.fromHexDigits(component, i + 1, i + 3);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes[length++] = ' ';
            } else if (Ascii.isVisible(c)) {
                bytes[length++] = (byte) c;
            } else {
                throw new RequestLineException(reason, field,
                        String.format("character U+%04X at offset %d is not allowed in a query", (int) c, i));
            }
        }
        return StrictUtf8.decode(bytes, length, reason, field);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
