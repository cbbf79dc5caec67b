package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_DEVICE_ID;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_DEVICE_TYPE;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_DEVICE_ID;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_DEVICE_TYPE;

import java.util.HexFormat;
import java.util.Optional;

/** The checks both query forms share, applied to decoded text. See docs/request-line.md for the evidence. */
final class FieldRules {

    /** MS-ASHTTP: 1-32 alphanumerics. Every device in the corpus conforms (the longest is WP8's 32 hex digits). */
    static final int MAX_DEVICE_ID_LENGTH = 32;
    /** 1*VCHAR per spec with no stated maximum; the longest in the corpus is 15. 64 leaves room for new models. */
    static final int MAX_DEVICE_TYPE_LENGTH = 64;

    private FieldRules() {
    }

    static String deviceId(String raw) throws RequestLineException {
        return token(raw, PlainQuery.DEVICE_ID, MAX_DEVICE_ID_LENGTH, Ascii::isAlphanumeric, "ASCII letters and digits",
                MISSING_DEVICE_ID, BAD_DEVICE_ID);
    }

    /**
     * The id of a base64-form DeviceId: the bytes as text when they are ASCII letters and digits (so a
     * device that switches forms keeps its id), otherwise upper-case hex, as the corpus records WP8's
     * 16-byte binary id.
     */
    static String deviceIdFromBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (!Ascii.isAlphanumeric((char) (b & 0xFF))) {
                return HexFormat.of().withUpperCase().formatHex(bytes);
            }
        }
        return new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    }

    static String deviceType(String raw) throws RequestLineException {
        return token(raw, PlainQuery.DEVICE_TYPE, MAX_DEVICE_TYPE_LENGTH, Ascii::isVisible, "visible ASCII characters",
                MISSING_DEVICE_TYPE, BAD_DEVICE_TYPE);
    }

    /** A required identifier of 1 to {@code max} characters that all satisfy {@code allowed}. */
    private static String token(String raw, String field, int max, CharPredicate allowed, String allowedText,
            RequestLineException.Reason missing, RequestLineException.Reason bad) throws RequestLineException {
        if (raw == null || raw.isEmpty()) {
            throw new RequestLineException(missing, field, "missing");
        }
        if (raw.length() > max || !raw.chars().allMatch(c -> allowed.test((char) c))) {
            throw new RequestLineException(bad, field, "must be 1-" + max + " " + allowedText + ", not " + Ascii.quote(raw));
        }
        return raw;
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }

    /** The User hint: empty counts as absent (it is never trusted anyway); control characters are refused. */
    static Optional<String> userHint(String raw) throws RequestLineException {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text(PlainQuery.USER, raw));
    }

    static String parameterValue(RequestParameter parameter, String raw) throws RequestLineException {
        if (raw.isEmpty()) {
            throw new RequestLineException(BAD_PARAMETER, parameter.queryName(), "empty");
        }
        return text(parameter.queryName(), raw);
    }

    private static String text(String field, String raw) throws RequestLineException {
        if (raw.chars().anyMatch(c -> Ascii.isControl((char) c))) {
            throw new RequestLineException(BAD_PARAMETER, field, "contains a control character: " + Ascii.quote(raw));
        }
        return raw;
    }
}
