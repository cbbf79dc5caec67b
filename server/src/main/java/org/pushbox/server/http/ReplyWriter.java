package org.pushbox.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link Reply} into Netty messages and writes it. Every reply gets Content-Length (clients rely
 * on it; chunking appears only when gzip re-encodes a streamed body), {@code Cache-Control: private} and
 * {@code MS-Server-ActiveSync}. A streamed body is read on a worker thread, chunk by chunk, each write
 * awaited, so neither file reads nor an unbounded backlog land on the event loop.
 */
final class ReplyWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyWriter.class);

    static final int STREAM_CHUNK_BYTES = 64 * 1024;

    private ReplyWriter() {
    }

    /** Writes the reply; the stage completes when it is on the wire (or failed). */
    static CompletionStage<Void> write(ChannelHandlerContext ctx, Reply reply, HttpVersion version, boolean keepAlive,
            Executor workers) {
        HttpResponseStatus status = HttpResponseStatus.valueOf(reply.status());
        if (reply.stream() == null) {
            DefaultFullHttpResponse response = new DefaultFullHttpResponse(version, status,
                    Unpooled.wrappedBuffer(reply.body()));
            addHeaders(response, reply, keepAlive);
            return completion(ctx.writeAndFlush(response));
        }
        HttpResponse head = new DefaultHttpResponse(version, status);
        addHeaders(head, reply, keepAlive);
        CompletableFuture<Void> done = new CompletableFuture<>();
        workers.execute(() -> stream(ctx, head, reply, done));
        return done;
    }

    private static void addHeaders(HttpResponse response, Reply reply, boolean keepAlive) {
        for (Map.Entry<String, String> header : reply.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, reply.contentLength());
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "private");
        Map.Entry<String, String> server = EasReplies.serverHeader();
        response.headers().set(server.getKey(), server.getValue());
        HttpUtil.setKeepAlive(response, keepAlive && !reply.closeConnection());
    }

    private static void stream(ChannelHandlerContext ctx, HttpResponse head, Reply reply, CompletableFuture<Void> done) {
        long remaining = reply.contentLength();
        try (InputStream in = reply.stream().open()) {
            if (!ctx.writeAndFlush(head).awaitUninterruptibly().isSuccess()) {
                done.completeExceptionally(new IOException("client gone before the body"));
                return;
            }
            byte[] buffer = new byte[(int) Math.min(STREAM_CHUNK_BYTES, Math.max(1, remaining))];
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    throw new IOException("body ended " + remaining + " bytes before its declared length");
                }
                ChannelFuture written = ctx.writeAndFlush(new DefaultHttpContent(Unpooled.copiedBuffer(buffer, 0, read)));
                if (!written.awaitUninterruptibly().isSuccess()) {
                    done.completeExceptionally(written.cause());
                    return;
                }
                remaining -= read;
            }
            ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(f -> {
                if (f.isSuccess()) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(f.cause());
                }
            });
        } catch (IOException | RuntimeException e) {
            // The head (with its Content-Length) may be out already: the only honest end is closing.
            LOG.warn("streamed body failed after {} bytes left: {}", remaining, e.toString());
            ctx.close();
            done.completeExceptionally(e);
        }
    }

    private static CompletionStage<Void> completion(ChannelFuture future) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        future.addListener(f -> {
            if (f.isSuccess()) {
                done.complete(null);
            } else {
                done.completeExceptionally(f.cause());
            }
        });
        return done;
    }
}
