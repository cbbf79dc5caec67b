package org.pushbox.protocol.xml;

/**
 * The conventions of the readable XML form, shared by the printer and the parser.
 *
 * <p>Elements are in the namespace of their code page ({@code AirSync}, {@code Email}, ...).
 * A value that plain element text cannot carry exactly is marked with the attribute
 * {@code wbxml:content} in namespace {@value #NAMESPACE}:
 * <ul>
 *   <li>{@code string}: an empty STR_I string (an element without the attribute and without
 *       text is an element without content);</li>
 *   <li>{@code opaque}: OPAQUE bytes that are UTF-8 text, shown as that text;</li>
 *   <li>{@code opaque-base64}: any other OPAQUE bytes, in base64;</li>
 *   <li>{@code string-base64}: a STR_I string with characters XML 1.0 cannot hold (control
 *       characters other than tab, LF and CR, U+FFFE, U+FFFF), as base64 of its UTF-8.</li>
 * </ul>
 */
final class XmlForm {

    static final String NAMESPACE = "urn:pushbox:wbxml";
    static final String PREFIX = "wbxml";
    static final String CONTENT = "content";

    static final String STRING = "string";
    static final String OPAQUE = "opaque";
    static final String OPAQUE_BASE64 = "opaque-base64";
    static final String STRING_BASE64 = "string-base64";

    private XmlForm() {
    }

    /** Whether XML 1.0 can carry this text exactly in element content (CR as a character reference). */
    static boolean representable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }
}
