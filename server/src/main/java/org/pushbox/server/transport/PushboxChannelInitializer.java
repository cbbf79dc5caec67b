package org.pushbox.server.transport;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The pipeline of every connection, outermost first: TLS (when configured), idle timeout, HTTP codec with
 * bounded request line and headers, gzip for clients that accept it, the
 * bounded aggregator, and finally the pushbox handler (a new one per connection).
 */
final class PushboxChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** Netty's default chunk size; the aggregator joins chunks anyway. */
    static final int MAX_CHUNK_BYTES = 8192;

    private final Optional<SslContext> ssl;
    private final Duration idleTimeout;
    private final int maxHeaderBytes;
    private final int maxBodyBytes;
    private final Supplier<? extends ChannelHandler> handler;

    PushboxChannelInitializer(Optional<SslContext> ssl, Duration idleTimeout, int maxHeaderBytes, int maxBodyBytes,
            Supplier<? extends ChannelHandler> handler) {
        this.ssl = Objects.requireNonNull(ssl, "ssl");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        ssl.ifPresent(context -> pipeline.addLast("tls", context.newHandler(channel.alloc())));
        pipeline.addLast("idle", new IdleStateHandler(0, 0, idleTimeout.toSeconds(), TimeUnit.SECONDS));
        pipeline.addLast("idle-close", new IdleConnectionCloser());
        pipeline.addLast("http", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(maxHeaderBytes)
                .setMaxHeaderSize(maxHeaderBytes)
                .setMaxChunkSize(MAX_CHUNK_BYTES)));
        pipeline.addLast("gzip", new GzipCompressor());
        pipeline.addLast("aggregate", new BoundedAggregator(maxBodyBytes));
        pipeline.addLast("pushbox", handler.get());
    }
}
