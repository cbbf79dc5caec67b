package org.pushbox.server.http;

import java.net.SocketAddress;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.request.RequestHeaders;

/**
 * One received request, copied out of Netty's buffers so that worker threads can read it after the
 * event loop has released them.
 *
 * @param method           as sent (HTTP methods are case-sensitive)
 * @param uri              the raw request target, still percent-encoded
 * @param connectionClosed completes when the connection closes
 */
record HttpExchange(String method, String uri, RequestHeaders headers, byte[] body, SocketAddress remote,
        CompletionStage<Void> connectionClosed) {

    HttpExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(connectionClosed, "connectionClosed");
    }

    /** The path part of the target, without the query. */
    String path() {
        int question = uri.indexOf('?');
        return question < 0 ? uri : uri.substring(0, question);
    }
}
