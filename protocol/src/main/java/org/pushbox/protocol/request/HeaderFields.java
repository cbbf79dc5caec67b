package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_HEADER;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_POLICY_KEY;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_VERSION;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNSUPPORTED_VERSION;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The EAS request headers that complete a plain-form request line. */
final class HeaderFields {

    /** Real User-Agents are under 100 characters; anything near this is an attack or a bug. */
    static final int MAX_USER_AGENT_LENGTH = 512;

    private HeaderFields() {
    }

    static ProtocolVersion version(RequestHeaders headers) throws RequestLineException {
        String text = single(headers, RequestHeaders.PROTOCOL_VERSION, BAD_HEADER)
                .orElseThrow(() -> new RequestLineException(MISSING_VERSION, RequestHeaders.PROTOCOL_VERSION,
                        "required with the plain query form"));
        return ProtocolVersion.fromHeader(text).orElseThrow(() -> new RequestLineException(UNSUPPORTED_VERSION,
                RequestHeaders.PROTOCOL_VERSION, "unknown version " + Ascii.quote(text)));
    }

    /** Empty when the header is absent or blank (both mean "not provisioned", like 0). */
    static OptionalLong policyKey(RequestHeaders headers) throws RequestLineException {
        Optional<String> value = single(headers, RequestHeaders.POLICY_KEY, BAD_POLICY_KEY);
        if (value.isEmpty() || value.get().isEmpty()) {
            return OptionalLong.empty();
        }
        String digits = value.get();
        if (digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(digits) > EasRequest.MAX_POLICY_KEY) {
            throw new RequestLineException(BAD_POLICY_KEY, RequestHeaders.POLICY_KEY,
                    "must be a decimal uint32, not " + Ascii.quote(digits));
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    static boolean acceptMultiPart(RequestHeaders headers) throws RequestLineException {
        Optional<String> value = single(headers, RequestHeaders.ACCEPT_MULTIPART, BAD_HEADER);
        if (value.isEmpty() || Ascii.equalsIgnoreCase(value.get(), "F")) {
            return false;
        }
        if (Ascii.equalsIgnoreCase(value.get(), "T")) {
            return true;
        }
        throw new RequestLineException(BAD_HEADER, RequestHeaders.ACCEPT_MULTIPART,
                "must be T or F, not " + Ascii.quote(value.get()));
    }

    static Optional<String> userAgent(RequestHeaders headers) throws RequestLineException {
        Optional<String> value = single(headers, RequestHeaders.USER_AGENT, BAD_HEADER);
        if (value.isPresent() && value.get().length() > MAX_USER_AGENT_LENGTH) {
            throw new RequestLineException(BAD_HEADER, RequestHeaders.USER_AGENT,
                    "longer than " + MAX_USER_AGENT_LENGTH + " characters");
        }
        return value.filter(v -> !v.isEmpty());
    }

    /** The header's value, trimmed; repeated headers are fine when they agree and refused when they do not. */
    private static Optional<String> single(RequestHeaders headers, String name, RequestLineException.Reason conflict)
            throws RequestLineException {
        List<String> values = headers.all(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String first = values.get(0).trim();
        for (String other : values) {
            if (!other.trim().equals(first)) {
                throw new RequestLineException(conflict, name, "sent " + values.size() + " times with different values");
            }
        }
        return Optional.of(first);
    }
}
