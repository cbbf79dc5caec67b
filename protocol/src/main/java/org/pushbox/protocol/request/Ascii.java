package org.pushbox.protocol.request;

/** ASCII-only text helpers: names on the wire are ASCII, and Unicode case folding would let "ſync" pass for "Sync". */
final class Ascii {

    private Ascii() {
    }

    static boolean equalsIgnoreCase(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Visible ASCII (RFC 5234 VCHAR): no space, no control characters, nothing above 0x7E. */
    static boolean isVisible(char c) {
        return c >= 0x21 && c <= 0x7E;
    }

    /** C0 controls and DEL: never legitimate inside a decoded query value, and dangerous in logs. */
    static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F;
    }

    /**
     * {@code text} made safe for an error message: at most 40 characters, non-visible characters escaped
     * as a backslash, "u" and four hex digits, so that hostile input cannot forge log lines.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), 40);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (isVisible(c) && c != '\\' && c != '"') {
                out.append(c);
            } else if (c == ' ') {
                out.append(' ');
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        if (shown < text.length()) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.append('"').toString();
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
