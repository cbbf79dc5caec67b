package org.pushbox.server.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import org.pushbox.protocol.request.RequestLineParser;
import org.pushbox.server.security.AuthenticationOverloadedException;
import org.pushbox.server.transport.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each request to its endpoint by path (case-insensitive), and turns failures into replies. */
final class HttpRouter {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);

    private final EasEndpoint eas;
    private final AutodiscoverEndpoint autodiscover;
    /** Import and export over HTTP (docs/import-export.md); null when not wired. */
    private final AdminEndpoint admin;

    HttpRouter(EasEndpoint eas, AutodiscoverEndpoint autodiscover) {
        this(eas, autodiscover, null);
    }

    HttpRouter(EasEndpoint eas, AutodiscoverEndpoint autodiscover, AdminEndpoint admin) {
        this.eas = eas;
        this.autodiscover = autodiscover;
        this.admin = admin;
    }

    CompletionStage<Reply> route(HttpExchange exchange) {
        String path = exchange.path();
        if (isEasPath(path)) {
            return eas.handle(exchange);
        }
        if (AutodiscoverEndpoint.matches(path)) {
            return autodiscover.handle(exchange);
        }
        if (admin != null && AdminEndpoint.matches(path)) {
            return admin.handle(exchange);
        }
        LOG.debug("404 {} {}", LogSafe.text(exchange.method()), LogSafe.text(path));
        return CompletableFuture.completedFuture(Reply.of(404));
    }

    static boolean isEasPath(String path) {
        return path.equalsIgnoreCase(RequestLineParser.ENDPOINT) || path.equalsIgnoreCase(RequestLineParser.ENDPOINT + "/");
    }

    /** The reply for a request whose handling failed: 503 when overloaded, else 500 without a body. */
    Reply failure(HttpExchange exchange, Throwable failure) {
        Throwable cause = CommandFailedException.unwrap(failure);
        Throwable root = cause instanceof CommandFailedException c ? c.getCause() : cause;
        if (root instanceof RejectedExecutionException || root instanceof AuthenticationOverloadedException) {
            String why = root instanceof RejectedExecutionException ? "worker pool and queue full" : root.getMessage();
            LOG.warn("503 overloaded ({}): {} {}, device {}", why, exchange.method(),
                    LogSafe.text(exchange.path()), LogSafe.deviceIdHint(exchange.uri()));
            return EasReplies.overloaded();
        }
        LOG.error("500 for {} {} from {}, device {}", exchange.method(), LogSafe.text(exchange.path()),
                exchange.remote(), LogSafe.deviceIdHint(exchange.uri()), cause);
        return Reply.of(500);
    }
}
