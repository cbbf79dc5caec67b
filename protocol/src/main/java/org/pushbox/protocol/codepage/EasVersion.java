package org.pushbox.protocol.codepage;

/**
 * The EAS protocol versions that the code-page table distinguishes, oldest first.
 *
 * <p>Only the versions that the specification's tag table names are here; 2.0/2.1 clients speak
 * the legacy tokens, which the table flags separately.
 */
public enum EasVersion {
    V2_5("2.5"),
    V12_0("12.0"),
    V12_1("12.1"),
    V14_0("14.0"),
    V14_1("14.1"),
    V16_0("16.0"),
    V16_1("16.1");

    private static final EasVersion[] VALUES = values();

    private final String text;

    EasVersion(String text) {
        this.text = text;
    }

    /** The version as written in {@code MS-ASProtocolVersion}, e.g. {@code "14.1"}. */
    public String text() {
        return text;
    }

    /** The version for a header value such as {@code "12.1"}; {@code null} when it is not one of these. */
    public static EasVersion fromText(String text) {
        for (EasVersion v : VALUES) {
            if (v.text.equals(text)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
