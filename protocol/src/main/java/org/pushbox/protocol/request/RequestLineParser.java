package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.RequestLineException.Reason.COMMAND_NOT_IN_VERSION;
import static org.pushbox.protocol.request.RequestLineException.Reason.METHOD_NOT_ALLOWED;
import static org.pushbox.protocol.request.RequestLineException.Reason.METHOD_NOT_IMPLEMENTED;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_COMMAND;
import static org.pushbox.protocol.request.RequestLineException.Reason.NOT_FOUND;
import static org.pushbox.protocol.request.RequestLineException.Reason.QUERY_TOO_LONG;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNKNOWN_COMMAND;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNSUPPORTED_VERSION;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns an HTTP request line (method, path and query) and its headers into an {@link EasRequest}, or refuses
 * it with a {@link RequestLineException} whose reason tells the server how to answer. Everything here is
 * hostile input: every length is bounded and every fault is a checked exception. Stateless and thread-safe.
 *
 * <p>See docs/request-line.md for both query forms and the leniency decisions.
 */
public final class RequestLineParser {

    /** The endpoint path; matched ignoring ASCII case, with or without a trailing slash. */
    public static final String ENDPOINT = "/Microsoft-Server-ActiveSync";
    /** Twice IIS/ASP.NET's default of 2048 that Exchange lives with; the longest real query is far below. */
    public static final int MAX_QUERY_LENGTH = 4096;

    private static final Set<String> OTHER_HTTP_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "CONNECT",
            "TRACE", "PATCH");

    /**
     * @param method          the HTTP method as sent (case-sensitive, as HTTP defines it)
     * @param rawPathAndQuery the origin-form request target, still percent-encoded, e.g.
     *                        {@code /Microsoft-Server-ActiveSync?Cmd=Sync&…}
     * @param headers         the request headers
     */
    public EasRequest parse(String method, String rawPathAndQuery, RequestHeaders headers)
            throws RequestLineException {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPathAndQuery, "rawPathAndQuery");
        Objects.requireNonNull(headers, "headers");
        int questionMark = rawPathAndQuery.indexOf('?');
        String path = questionMark < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, questionMark);
        String query = questionMark < 0 ? "" : rawPathAndQuery.substring(questionMark + 1);
        checkPath(path);
        RequestMethod requestMethod = requestMethod(method);
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new RequestLineException(QUERY_TOO_LONG, "query",
                    query.length() + " characters; at most " + MAX_QUERY_LENGTH);
        }
        return requestMethod == RequestMethod.OPTIONS ? OptionsRequestLine.parse(query, headers) : parsePost(query, headers);
    }

    private static void checkPath(String path) throws RequestLineException {
        boolean endpoint = Ascii.equalsIgnoreCase(path, ENDPOINT) || Ascii.equalsIgnoreCase(path, ENDPOINT + "/");
        if (!endpoint) {
            throw new RequestLineException(NOT_FOUND, "path", "not the EAS endpoint: " + Ascii.quote(path));
        }
    }

    private static RequestMethod requestMethod(String method) throws RequestLineException {
        if (method.equals("POST")) {
            return RequestMethod.POST;
        }
        if (method.equals("OPTIONS")) {
            return RequestMethod.OPTIONS;
        }
        if (OTHER_HTTP_METHODS.contains(method)) {
            throw new RequestLineException(METHOD_NOT_ALLOWED, "method", method + " is not allowed; use OPTIONS or POST");
        }
        throw new RequestLineException(METHOD_NOT_IMPLEMENTED, "method", "unknown method " + Ascii.quote(method));
    }

    /** Which form a query is in: base64 has no '&' and no '=' except trailing padding (maybe escaped). */
    static QueryForm detectForm(String query) {
        if (query.isEmpty()) {
            return QueryForm.NONE;
        }
        int end = query.length();
        while (true) {
            if (end >= 1 && query.charAt(end - 1) == '=') {
                end -= 1;
            } else if (end >= 3 && Ascii.equalsIgnoreCase(query.substring(end - 3, end), "%3D")) {
                end -= 3;
            } else {
                break;
            }
        }
        String body = query.substring(0, end);
        return body.indexOf('=') >= 0 || body.indexOf('&') >= 0 ? QueryForm.PLAIN : QueryForm.BASE64;
    }

    static QueryFields decodeQuery(String query) throws RequestLineException {
        return switch (detectForm(query)) {
            case PLAIN -> PlainQuery.parse(query);
            case BASE64 -> Base64RequestLine.decode(query);
            case NONE -> throw new RequestLineException(MISSING_COMMAND, PlainQuery.CMD, "the request has no query");
        };
    }

    private static EasRequest parsePost(String query, RequestHeaders headers) throws RequestLineException {
        QueryFields fields = decodeQuery(query);
        boolean plain = fields.form == QueryForm.PLAIN;
        EasCommand command = plain ? command(fields.commandName) : fields.command;
        ProtocolVersion version;
        try {
            // In the base64 form the blob replaces the version, policy key and multipart headers.
            version = plain ? HeaderFields.version(headers) : fields.version;
        } catch (RequestLineException e) {
            throw e.withContext(command, null);
        }
        try {
            return completePost(fields, command, version, headers);
        } catch (RequestLineException e) {
            throw e.withContext(command, version);
        }
    }

    private static EasRequest completePost(QueryFields fields, EasCommand command, ProtocolVersion version,
            RequestHeaders headers) throws RequestLineException {
        if (!version.isServed()) {
            String field = fields.form == QueryForm.PLAIN ? RequestHeaders.PROTOCOL_VERSION : Base64RequestLine.VERSION;
            throw new RequestLineException(UNSUPPORTED_VERSION, field,
                    version + " is not served; served: " + ProtocolVersion.servedHeaderValue());
        }
        if (!command.isAvailableIn(version)) {
            throw new RequestLineException(COMMAND_NOT_IN_VERSION, PlainQuery.CMD, command + " exists only in "
                    + command.since() + (command.since() == command.until() ? "" : " to " + command.until()));
        }
        boolean plain = fields.form == QueryForm.PLAIN;
        return new EasRequest(RequestMethod.POST, command, version,
                FieldRules.deviceId(fields.deviceId),
                FieldRules.deviceType(fields.deviceType),
                FieldRules.userHint(fields.user),
                plain ? HeaderFields.policyKey(headers) : fields.policyKey,
                fields.locale,
                plain ? HeaderFields.acceptMultiPart(headers) : fields.acceptMultiPart,
                fields.saveInSent,
                parameters(fields),
                fields.form,
                HeaderFields.userAgent(headers));
    }

    private static EasCommand command(String name) throws RequestLineException {
        if (name == null || name.isEmpty()) {
            throw new RequestLineException(MISSING_COMMAND, PlainQuery.CMD, "missing");
        }
        return EasCommand.byName(name).orElseThrow(() -> new RequestLineException(UNKNOWN_COMMAND, PlainQuery.CMD,
                "no EAS command is called " + Ascii.quote(name)));
    }

    static CommandParameters parameters(QueryFields fields) throws RequestLineException {
        Map<RequestParameter, String> checked = new EnumMap<>(RequestParameter.class);
        for (Map.Entry<RequestParameter, String> entry : fields.parameters.entrySet()) {
            checked.put(entry.getKey(), FieldRules.parameterValue(entry.getKey(), entry.getValue()));
        }
        return new CommandParameters(checked);
    }
}
