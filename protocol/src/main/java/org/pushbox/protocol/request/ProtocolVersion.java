package org.pushbox.protocol.request;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The EAS protocol versions a client can ask for, in ascending order.
 *
 * <p>2.5 and 12.0 are recognised so that the server can answer them properly (a clear "unsupported
 * version" instead of "garbage"), but pushbox serves only 12.1 and later: the base64 query form, the
 * Settings/ItemOperations commands and everything the rest of the code assumes start there.
 */
public enum ProtocolVersion {
    V2_5("2.5", false),
    V12_0("12.0", false),
    V12_1("12.1", true),
    V14_0("14.0", true),
    V14_1("14.1", true),
    V16_0("16.0", true),
    V16_1("16.1", true);

    private final String text;
    private final boolean served;

    ProtocolVersion(String text, boolean served) {
        this.text = text;
        this.served = served;
    }

    /** The form used in the {@code MS-ASProtocolVersion} header, e.g. {@code "14.1"}. */
    public String headerValue() {
        return text;
    }

    /** The version byte of the base64 query form: major × 10 + minor, e.g. 141 for 14.1. */
    public int base64Code() {
        int dot = text.indexOf('.');
        return Integer.parseInt(text.substring(0, dot)) * 10 + Integer.parseInt(text.substring(dot + 1));
    }

    /** Whether pushbox answers requests made in this version. */
    public boolean isServed() {
        return served;
    }

    public boolean atLeast(ProtocolVersion other) {
        return compareTo(other) >= 0;
    }

    public boolean atMost(ProtocolVersion other) {
        return compareTo(other) <= 0;
    }

    /** Parses the exact header text ("2.5" … "16.1"); anything else is empty. */
    public static Optional<ProtocolVersion> fromHeader(String value) {
        return Stream.of(values()).filter(v -> v.text.equals(value)).findFirst();
    }

    /** Parses the version byte of the base64 form (unsigned, 0-255); unknown values are empty. */
    public static Optional<ProtocolVersion> fromBase64Code(int code) {
        return Stream.of(values()).filter(v -> v.base64Code() == code).findFirst();
    }

    /** The versions pushbox serves, oldest first. */
    public static List<ProtocolVersion> served() {
        return Stream.of(values()).filter(ProtocolVersion::isServed).collect(Collectors.toUnmodifiableList());
    }

    /** The value of the {@code MS-ASProtocolVersions} response header, e.g. {@code "12.1,14.0,14.1,16.0,16.1"}. */
    public static String servedHeaderValue() {
        return served().stream().map(ProtocolVersion::headerValue).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return text;
    }
}
