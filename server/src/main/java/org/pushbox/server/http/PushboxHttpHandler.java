package org.pushbox.server.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.server.transport.LogSafe;
import org.pushbox.server.transport.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of every connection: copies each aggregated request out of Netty, routes it, and
 * writes the reply when it is ready. One request is in flight per connection: reading pauses until its
 * reply is written, and requests the codec had already decoded from the same read (HTTP/1.1
 * pipelining) wait in a short queue, which keeps responses in request order and stops a client from
 * queueing work. Never writes a stack trace to the client.
 */
final class PushboxHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(PushboxHttpHandler.class);

    private final HttpRouter router;
    private final WorkerPool workers;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    PushboxHttpHandler(HttpRouter router, WorkerPool workers) {
        this.router = router;
        this.workers = workers;
    }

    /** Pipelined requests a client may have waiting behind the one in flight; more closes the connection. */
    static final int MAX_PIPELINED = 8;

    /** A decoded request waiting for its turn; {@code immediate} is set when it is answered without routing. */
    private record Pending(HttpExchange exchange, HttpVersion version, boolean keepAlive, Reply immediate) {
    }

    // Touched only on the channel's event loop.
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean inFlight;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        HttpVersion version = request.protocolVersion();
        Pending pending;
        if (!request.decoderResult().isSuccess()) {
            Reply reply = decoderFailure(request.decoderResult().cause());
            LOG.info("{} unreadable request from {} ({}), device {}", reply.status(), ctx.channel().remoteAddress(),
                    request.decoderResult().cause().toString(), LogSafe.deviceIdHint(request.uri()));
            pending = new Pending(null, version, false, reply);
        } else {
            // The body is copied here, so nothing of Netty's buffer outlives this call.
            HttpExchange exchange = new HttpExchange(request.method().name(), request.uri(), headers(request),
                    ByteBufUtil.getBytes(request.content()), ctx.channel().remoteAddress(), closed);
            pending = new Pending(exchange, version, HttpUtil.isKeepAlive(request), null);
        }
        if (!inFlight) {
            start(ctx, pending);
        } else if (waiting.size() < MAX_PIPELINED) {
            waiting.add(pending);
        } else {
            LOG.info("more than {} pipelined requests from {}; closing", MAX_PIPELINED, ctx.channel().remoteAddress());
            waiting.clear();
            ctx.close();
        }
    }

    private void start(ChannelHandlerContext ctx, Pending pending) {
        inFlight = true;
        ctx.channel().config().setAutoRead(false);
        if (pending.immediate() != null) {
            send(ctx, pending.immediate(), pending.version(), false);
            return;
        }
        HttpExchange exchange = pending.exchange();
        CompletionStage<Reply> reply;
        try {
            reply = router.route(exchange);
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        reply.whenComplete((ready, failure) -> send(ctx,
                ready != null ? ready : router.failure(exchange, failure), pending.version(), pending.keepAlive()));
    }

    /** After a reply is on the wire: the next pipelined request, or reading again, or closing. */
    private void replied(ChannelHandlerContext ctx, boolean keep) {
        if (!keep) {
            waiting.clear();
            ctx.close();
            return;
        }
        inFlight = false;
        Pending next = waiting.poll();
        if (next != null) {
            start(ctx, next);
        } else {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void send(ChannelHandlerContext ctx, Reply reply, HttpVersion version, boolean keepAlive) {
        boolean keep = keepAlive && !reply.closeConnection();
        CompletionStage<Void> written;
        try {
            written = ReplyWriter.write(ctx, reply, version, keep, workers);
        } catch (RejectedExecutionException e) {
            LOG.warn("no worker free to stream a {} reply; closing {}", reply.status(), ctx.channel().remoteAddress());
            ctx.close();
            return;
        }
        written.whenComplete((ok, failure) -> {
            boolean again = failure == null && keep;
            if (ctx.executor().inEventLoop()) {
                replied(ctx, again);
            } else {
                ctx.executor().execute(() -> replied(ctx, again));
            }
        });
    }

    private static RequestHeaders headers(FullHttpRequest request) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> header : request.headers()) {
            copy.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(header.getValue());
        }
        return RequestHeaders.of(copy);
    }

    static Reply decoderFailure(Throwable cause) {
        int status;
        if (cause instanceof TooLongHttpLineException) {
            status = 414;
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = 431;
        } else if (cause instanceof TooLongFrameException) {
            status = 413;
        } else {
            status = 400;
        }
        return Reply.of(status).closing();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closed.complete(null);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            LOG.debug("connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            LOG.warn("connection {} failed", ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }
}
