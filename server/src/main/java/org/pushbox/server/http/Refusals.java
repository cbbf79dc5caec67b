package org.pushbox.server.http;

import java.util.Optional;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestLineException;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;

/**
 * How a refused request is answered. 12.1 learns about errors from HTTP statuses only; 14.0 and later
 * expect a 200 with the command's top-level WBXML Status where the protocol defines one (eas-protocol.md
 * §1.6, §3.0), and fall back to the HTTP status where it does not.
 */
final class Refusals {

    /** eas-protocol.md §3.0: the body is not well-formed WBXML, or uses WBXML features EAS forbids. */
    static final int STATUS_INVALID_WBXML = 102;
    /** eas-protocol.md §3.0: well-formed WBXML that is not valid EAS (unknown tag, over a limit). */
    static final int STATUS_INVALID_XML = 103;

    private Refusals() {
    }

    static Reply requestLine(RequestLineException e) {
        if (e.reason().easStatus().isPresent() && e.command().isPresent() && e.protocolVersion().isPresent()) {
            Optional<Reply> status = statusDocument(e.command().get(), e.protocolVersion().get(),
                    e.reason().easStatus().getAsInt());
            if (status.isPresent()) {
                return status.get();
            }
        }
        Reply reply = Reply.of(e.reason().httpStatus());
        return switch (e.reason()) {
            case METHOD_NOT_ALLOWED, METHOD_NOT_IMPLEMENTED -> reply.header("Allow", EasReplies.ALLOWED_METHODS);
            case UNSUPPORTED_VERSION -> reply.header("MS-ASProtocolVersions", ProtocolVersion.servedHeaderValue());
            case QUERY_TOO_LONG -> reply.closing();
            default -> reply;
        };
    }

    static Reply body(WbxmlException e, EasRequest request) {
        int status = switch (e.kind()) {
            case MALFORMED, UNSUPPORTED -> STATUS_INVALID_WBXML;
            case UNKNOWN_TAG, LIMIT_EXCEEDED -> STATUS_INVALID_XML;
        };
        return statusDocument(request.command(), request.protocolVersion(), status).orElseGet(() -> Reply.of(400));
    }

    /**
     * A request refused by the {@link CommandGate}. The provisioning statuses (140-144) are sent as HTTP 449
     * in every version, with the command's WBXML Status from 14.0 on (docs/provisioning.md explains the
     * choice); the others as any refusal: the HTTP status for 12.1, the WBXML Status from 14.0 on.
     */
    static Reply gate(CommonStatus status, EasRequest request) {
        Optional<WbxmlElement> document = request.protocolVersion().atLeast(ProtocolVersion.V14_0)
                ? TopLevelStatus.document(request.command(), status.code()) : Optional.empty();
        int http = status.httpStatus() == 449 ? 449 : document.isPresent() ? 200 : status.httpStatus();
        return document.map(d -> EasReplies.wbxml(http, d)).orElseGet(() -> Reply.of(http));
    }

    private static Optional<Reply> statusDocument(EasCommand command, ProtocolVersion version, int status) {
        if (!version.atLeast(ProtocolVersion.V14_0)) {
            return Optional.empty();
        }
        Optional<WbxmlElement> document = TopLevelStatus.document(command, status);
        return document.map(d -> EasReplies.wbxml(200, d));
    }
}
