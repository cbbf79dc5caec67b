package org.pushbox.protocol.request;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request line the server must refuse. {@link #reason()} says how to answer (see
 * {@link Reason#httpStatus()} and {@link Reason#easStatus()}), {@link #field()} names the offending query
 * field or header, and the command and version are attached when they were already known, so that a
 * 14.0+ answer can carry the status in the command's own WBXML body.
 */
public final class RequestLineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a request line was refused, with the answer eas-protocol.md §1.6/§1.7 prescribes. */
    public enum Reason {
        /** The path is not the EAS endpoint. */
        NOT_FOUND(404, -1),
        /** A standard HTTP method other than POST/OPTIONS (GET, PUT, …); answer with {@code Allow: OPTIONS,POST}. */
        METHOD_NOT_ALLOWED(405, -1),
        /** A method name HTTP does not define. */
        METHOD_NOT_IMPLEMENTED(501, -1),
        /** The query is longer than {@link RequestLineParser#MAX_QUERY_LENGTH}. */
        QUERY_TOO_LONG(414, -1),
        /** Plain form: bad percent-escape, invalid UTF-8, a pair without '=', an illegal character. */
        MALFORMED_QUERY(400, -1),
        /** Base64 form: not valid standard-alphabet base64. */
        MALFORMED_BASE64(400, -1),
        /** Base64 form: the blob ends inside the named field. */
        TRUNCATED(400, -1),
        /** Base64 form: a parameter tag outside 0-8. */
        UNKNOWN_PARAMETER_TAG(400, -1),
        /** A field given twice (plain names compared case-insensitively, base64 tags). */
        DUPLICATE_PARAMETER(400, -1),
        /** A parameter value that is empty, not text, or (SaveInSent, Options) not one of its allowed values. */
        BAD_PARAMETER(400, -1),
        /** POST without {@code Cmd}. */
        MISSING_COMMAND(400, -1),
        /** {@code Cmd} names no EAS command, or the base64 command code is unassigned. */
        UNKNOWN_COMMAND(501, -1),
        /** Plain-form POST without {@code MS-ASProtocolVersion}. */
        MISSING_VERSION(400, -1),
        /** A version pushbox does not serve (2.5, 12.0) or does not know; answer with MS-ASProtocolVersions. */
        UNSUPPORTED_VERSION(400, -1),
        /** The command does not exist in the requested version (GetAttachment in 14.0, Find before 16.1). */
        COMMAND_NOT_IN_VERSION(400, 138),
        MISSING_DEVICE_ID(400, 108),
        /** DeviceId is not 1-32 ASCII letters and digits (after hex-encoding a binary base64 id). */
        BAD_DEVICE_ID(400, 108),
        MISSING_DEVICE_TYPE(400, 109),
        /** DeviceType is not 1-64 visible ASCII characters. */
        BAD_DEVICE_TYPE(400, 109),
        /** {@code X-MS-PolicyKey} is not a decimal uint32, or the base64 policy key length is not 0 or 4. */
        BAD_POLICY_KEY(400, -1),
        /** Another header has a value that cannot be used (conflicting duplicates, not T/F, too long). */
        BAD_HEADER(400, -1);

        private final int httpStatus;
        private final int easStatus;

        Reason(int httpStatus, int easStatus) {
            this.httpStatus = httpStatus;
            this.easStatus = easStatus;
        }

        /** The HTTP status to answer with; for versions ≤ 12.1 and whenever {@link #easStatus()} is empty. */
        public int httpStatus() {
            return httpStatus;
        }

        /**
         * The top-level WBXML Status to answer with (in an HTTP 200) when the request is 14.0 or later and
         * the command is known; empty where only an HTTP status fits.
         */
        public OptionalInt easStatus() {
            return easStatus < 0 ? OptionalInt.empty() : OptionalInt.of(easStatus);
        }
    }

    private final Reason reason;
    private final String field;
    private final String detail;
    private final transient EasCommand command;
    private final transient ProtocolVersion protocolVersion;

    public RequestLineException(Reason reason, String field, String detail) {
        this(reason, field, detail, null, null);
    }

    private RequestLineException(Reason reason, String field, String detail, EasCommand command,
            ProtocolVersion protocolVersion) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = field;
        this.detail = detail;
        this.command = command;
        this.protocolVersion = protocolVersion;
    }

    public Reason reason() {
        return reason;
    }

    /** The query field or header at fault, e.g. {@code "DeviceId"}, {@code "X-MS-PolicyKey"}, {@code "query"}. */
    public String field() {
        return field;
    }

    /** The command of the refused request, when it was parsed before the fault. */
    public Optional<EasCommand> command() {
        return Optional.ofNullable(command);
    }

    /** The protocol version of the refused request, when it was parsed before the fault. */
    public Optional<ProtocolVersion> protocolVersion() {
        return Optional.ofNullable(protocolVersion);
    }

    /** This exception with the command and version the parser had already established. */
    RequestLineException withContext(EasCommand knownCommand, ProtocolVersion knownVersion) {
        RequestLineException copy = new RequestLineException(reason, field, detail, knownCommand, knownVersion);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
