package org.pushbox.benchmarks.push;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One keep-alive HTTP/1.1 connection with at most one request in flight, as a phone uses its push
 * connection: the next request is sent only after the previous answer arrived.
 */
public final class EasConnection {

    private static final AttributeKey<AtomicReference<CompletableFuture<EasReply>>> PENDING =
            AttributeKey.valueOf("pushbox.pending");

    private final Channel channel;
    private final String host;

    EasConnection(Channel channel, String host) {
        this.channel = channel;
        this.host = host;
        channel.attr(PENDING).set(new AtomicReference<>());
    }

    /** Posts a WBXML body to {@code pathAndQuery} and completes with the answer. */
    public CompletableFuture<EasReply> post(String pathAndQuery, String authorization, String protocolVersion,
            byte[] body) {
        CompletableFuture<EasReply> reply = new CompletableFuture<>();
        if (!channel.attr(PENDING).get().compareAndSet(null, reply)) {
            reply.completeExceptionally(new IllegalStateException("a request is already in flight"));
            return reply;
        }
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, pathAndQuery,
                Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, host)
                .set(HttpHeaderNames.AUTHORIZATION, authorization)
                .set("MS-ASProtocolVersion", protocolVersion)
                .set(HttpHeaderNames.USER_AGENT, "pushbox-load/1.0")
                .set(HttpHeaderNames.CONTENT_TYPE, "application/vnd.ms-sync.wbxml")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        channel.writeAndFlush(request).addListener(f -> {
            if (!f.isSuccess()) {
                fail(channel, f.cause());
            }
        });
        return reply;
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    public void close() {
        channel.close();
    }

    private static void fail(Channel channel, Throwable cause) {
        CompletableFuture<EasReply> pending = channel.attr(PENDING).get().getAndSet(null);
        if (pending != null) {
            pending.completeExceptionally(cause);
        }
    }

    /** Completes the connection's pending request; the arrival time is taken first. */
    static final class ReplyHandler extends SimpleChannelInboundHandler<FullHttpResponse> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            long arrived = System.nanoTime();
            CompletableFuture<EasReply> pending = ctx.channel().attr(PENDING).get().getAndSet(null);
            if (pending != null) {
                pending.complete(new EasReply(response.status().code(), ByteBufUtil.getBytes(response.content()),
                        arrived));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            fail(ctx.channel(), new IOException("the server closed the connection"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            fail(ctx.channel(), cause);
            ctx.close();
        }
    }
}
