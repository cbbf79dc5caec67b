package org.pushbox.protocol.wbxml;

/**
 * Strict UTF-8 checks for bytes from the network, and encoding for the writer.
 *
 * <p>{@code new String(bytes, UTF_8)} silently replaces malformed input with U+FFFD; EAS text
 * that is not UTF-8 must instead be rejected, so we validate first (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF) and then let the JDK's fast decoder build the string.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Returns -1 when {@code b[from, to)} is well-formed UTF-8, else the index of the first bad sequence. */
    static int firstMalformed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0; // overlong
                } else if (c == 0xED) {
                    max2 = 0x9F; // UTF-16 surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90; // overlong
                } else if (c == 0xF4) {
                    max2 = 0x8F; // above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + need >= to) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min2 || second > max2) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }

    /** Why a string cannot go into STR_I: -1 if it can, else the index of the NUL or lone surrogate. */
    static int firstUnencodable(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
