package org.pushbox.server.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** The fixed replies of the EAS endpoint and the headers eas-protocol.md §1.4-1.6 prescribes for them. */
final class EasReplies {

    static final String WBXML_TYPE = "application/vnd.ms-sync.wbxml";
    static final String ALLOWED_METHODS = "OPTIONS,POST";
    static final String REALM = "pushbox";
    /** Seconds a client should wait after a 503; long enough for a burst to drain, short for a phone. */
    static final int RETRY_AFTER_SECONDS = 30;
    /** The highest version served, as Exchange announces its own; informative only. */
    static final String SERVER_VERSION = ProtocolVersion.served().get(ProtocolVersion.served().size() - 1)
            .headerValue();

    private static final byte[] NOTICE = ("<!DOCTYPE html>\n<html><head><title>pushbox</title></head><body>"
            + "<h1>pushbox</h1><p>This is an Exchange ActiveSync endpoint. Set up your phone or mail program "
            + "with an Exchange account; a web browser cannot use it.</p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private EasReplies() {
    }

    /** 401 with the Basic challenge and no body: clients retry with credentials or prompt the user. */
    static Reply unauthorized() {
        return Reply.of(401).header("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    }

    static Reply options(CommandRegistry registry) {
        return Reply.of(200)
                .header("Allow", ALLOWED_METHODS)
                .header("Public", ALLOWED_METHODS)
                .header("MS-ASProtocolVersions", ProtocolVersion.servedHeaderValue())
                .header("MS-ASProtocolCommands", registry.advertisedHeaderValue());
    }

    static Reply methodNotAllowed(int status) {
        return Reply.of(status).header("Allow", ALLOWED_METHODS);
    }

    static Reply overloaded() {
        return Reply.of(503).header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }

    /** GET on the endpoint: a browser's visit gets a human-readable page, never WBXML. */
    static Reply notice() {
        return Reply.of(200, "text/html; charset=utf-8", NOTICE.clone());
    }

    static Reply wbxml(int status, WbxmlElement document) {
        return Reply.of(status, WBXML_TYPE, Wbxml.encode(document));
    }

    /** A command response as HTTP; WBXML is encoded here, by the protocol module's writer. */
    static Reply of(CommandResponse response) {
        Reply reply = switch (response.kind()) {
            case WBXML -> wbxml(response.httpStatus(), response.document());
            case EMPTY -> Reply.of(response.httpStatus(), WBXML_TYPE, new byte[0]);
            case STATUS -> Reply.of(response.httpStatus());
            case BYTES -> Reply.of(response.httpStatus(), response.contentType(), response.bytes());
            case STREAM -> Reply.streamed(response.httpStatus(), response.contentType(), response.length(),
                    response.source());
        };
        return reply.headers(response.headers());
    }

    /** The header every EAS reply carries (with Cache-Control: private). */
    static Map.Entry<String, String> serverHeader() {
        return Map.entry("MS-Server-ActiveSync", SERVER_VERSION);
    }
}
