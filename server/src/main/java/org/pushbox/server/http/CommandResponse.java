package org.pushbox.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * What a {@link CommandProcessor} answers: a WBXML document, an empty 200, a bare HTTP status (449,
 * 403, 507, ...), raw bytes of another type (a GetAttachment body), or a streamed body of known length.
 * Extra headers (X-MS-RP, Set-Cookie, MS-ASProtocolVersions on re-initialisation) can be added to any
 * of them. The HTTP layer adds Content-Type, Content-Length, Cache-Control and MS-Server-ActiveSync.
 * Immutable.
 */
public final class CommandResponse {

    /** Opens the body of a streamed response; called once, on a worker thread, and closed by the server. */
    @FunctionalInterface
    public interface BodySource {
        InputStream open() throws IOException;
    }

    public enum Kind {
        /** HTTP 200 (or another status, see {@link #withHttpStatus}) with a WBXML body. */
        WBXML,
        /** HTTP 200 with an empty body, still typed as WBXML (some clients need the type). */
        EMPTY,
        /** A bare HTTP status without a body. */
        STATUS,
        /** A body of another content type, in memory. */
        BYTES,
        /** A body of another content type and known length, streamed from a {@link BodySource}. */
        STREAM
    }

    /** Headers the HTTP layer owns; a processor setting one would corrupt the framing. */
    static final Set<String> RESERVED_HEADERS = Set.of("content-length", "content-type", "transfer-encoding",
            "connection", "content-encoding");

    private final Kind kind;
    private final int httpStatus;
    private final WbxmlElement document;
    private final String contentType;
    private final byte[] bytes;
    private final long length;
    private final BodySource source;
    private final List<Map.Entry<String, String>> headers;

    private CommandResponse(Kind kind, int httpStatus, WbxmlElement document, String contentType, byte[] bytes,
            long length, BodySource source, List<Map.Entry<String, String>> headers) {
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.document = document;
        this.contentType = contentType;
        this.bytes = bytes;
        this.length = length;
        this.source = source;
        this.headers = List.copyOf(headers);
    }

    /** HTTP 200 with this WBXML document. */
    public static CommandResponse wbxml(WbxmlElement document) {
        return new CommandResponse(Kind.WBXML, 200, Objects.requireNonNull(document, "document"), null, null, -1,
                null, List.of());
    }

    /** HTTP 200 with no body: Sync with nothing to report, a successful 12.1 SendMail. */
    public static CommandResponse empty() {
        return new CommandResponse(Kind.EMPTY, 200, null, null, null, 0, null, List.of());
    }

    /** A bare HTTP status, e.g. 449 (provisioning needed, ≤12.1), 403, 507. */
    public static CommandResponse status(int httpStatus) {
        if (httpStatus < 200 || httpStatus > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + httpStatus);
        }
        return new CommandResponse(Kind.STATUS, httpStatus, null, null, null, 0, null, List.of());
    }

    /** HTTP 200 with a body of another content type, e.g. an attachment. */
    public static CommandResponse bytes(String contentType, byte[] body) {
        Objects.requireNonNull(contentType, "contentType");
        return new CommandResponse(Kind.BYTES, 200, null, contentType, body.clone(), body.length, null, List.of());
    }

    /** HTTP 200 with a streamed body of exactly {@code length} bytes. */
    public static CommandResponse stream(String contentType, long length, BodySource source) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(source, "source");
        if (length < 0) {
            throw new IllegalArgumentException("length must be known and non-negative");
        }
        return new CommandResponse(Kind.STREAM, 200, null, contentType, null, length, source, List.of());
    }

    /**
     * The same response with another HTTP status, e.g. 449 with a WBXML Status 142 body, as Horde does for
     * 14.x devices that ignore the WBXML status.
     */
    public CommandResponse withHttpStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        return new CommandResponse(kind, status, document, contentType, bytes, length, source, headers);
    }

    /** The same response with one more header. Framing headers (Content-Length, ...) are refused. */
    public CommandResponse withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(name + " is set by the HTTP layer");
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new CommandResponse(kind, httpStatus, document, contentType, bytes, length, source, more);
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The WBXML document of a {@link Kind#WBXML} response, else null. */
    public WbxmlElement document() {
        return document;
    }

    /** The content type of a {@link Kind#BYTES} or {@link Kind#STREAM} response, else null. */
    public String contentType() {
        return contentType;
    }

    /** The body of a {@link Kind#BYTES} response, else null. */
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** The body length of a BYTES or STREAM response; 0 for EMPTY and STATUS; -1 for WBXML (not yet encoded). */
    public long length() {
        return length;
    }

    /** The body source of a {@link Kind#STREAM} response, else null. */
    public BodySource source() {
        return source;
    }

    /** Extra headers in the order they were added. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "CommandResponse[" + kind + " " + httpStatus + (document == null ? "" : " <" + document.tag() + ">")
                + "]";
    }
}
