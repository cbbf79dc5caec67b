package org.pushbox.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pushbox.server.http.CommandResponse.BodySource;

/**
 * One HTTP response as the endpoints build it, before it becomes Netty objects: status, headers and a
 * body that is in memory or streamed. Keeping Netty out of the endpoints lets them run on worker threads
 * and be read as plain logic.
 */
final class Reply {

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final BodySource stream;
    private final long streamLength;
    private final boolean closeConnection;

    private Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, BodySource stream,
            long streamLength, boolean closeConnection) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.stream = stream;
        this.streamLength = streamLength;
        this.closeConnection = closeConnection;
    }

    /** A reply without a body (Content-Length: 0 is added when written). */
    static Reply of(int status) {
        return new Reply(status, List.of(), new byte[0], null, 0, false);
    }

    /** A reply with an in-memory body of {@code contentType}. */
    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, List.of(Map.entry("Content-Type", contentType)), body, null, 0, false);
    }

    /** A reply whose body is streamed: {@code length} bytes from {@code source}. */
    static Reply streamed(int status, String contentType, long length, BodySource source) {
        return new Reply(status, List.of(Map.entry("Content-Type", contentType)), null,
                Objects.requireNonNull(source), length, false);
    }

    Reply header(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Reply(status, more, body, stream, streamLength, closeConnection);
    }

    Reply headers(List<Map.Entry<String, String>> extra) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.addAll(extra);
        return new Reply(status, more, body, stream, streamLength, closeConnection);
    }

    /** The same reply, after which the connection is closed (bad framing, oversize input). */
    Reply closing() {
        return new Reply(status, headers, body, stream, streamLength, true);
    }

    int status() {
        return status;
    }

    List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The first value of {@code name} (case-insensitive), or null. */
    String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The in-memory body, or null for a streamed reply. */
    byte[] body() {
        return body;
    }

    BodySource stream() {
        return stream;
    }

    /** The body length, in memory or streamed. */
    long contentLength() {
        return body != null ? body.length : streamLength;
    }

    boolean closeConnection() {
        return closeConnection;
    }

    @Override
    public String toString() {
        return "Reply[" + status + ", " + contentLength() + " bytes]";
    }
}
