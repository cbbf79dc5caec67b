package org.pushbox.server.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening HTTP(S) server: one acceptor thread, a worker event-loop group sized by Netty (two per
 * core), and the pushbox pipeline on every connection. Event loops only move bytes; blocking work goes
 * to the {@link WorkerPool}.
 */
public final class PushboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushboxServer.class);

    /** Time for in-flight responses to be written before the event loops stop. */
    static final Duration QUIET_PERIOD = Duration.ofMillis(200);
    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final Channel channel;
    private final Transport transport;
    private final boolean tls;

    private PushboxServer(EventLoopGroup acceptor, EventLoopGroup workers, Channel channel, Transport transport,
            boolean tls) {
        this.acceptor = acceptor;
        this.workers = workers;
        this.channel = channel;
        this.transport = transport;
        this.tls = tls;
    }

    /** What to listen on and how to bound each connection. */
    public record Settings(String bindAddress, int port, Optional<SslContext> ssl, Duration idleTimeout,
            int maxHeaderBytes, int maxBodyBytes, boolean preferNativeTransport) {
        public Settings {
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(ssl, "ssl");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
        }
    }

    /**
     * Binds and starts serving; returns once the port is bound.
     *
     * @param handler makes the last handler of each new connection's pipeline
     */
    public static PushboxServer start(Settings settings, Supplier<? extends ChannelHandler> handler)
            throws InterruptedException {
        Transport transport = Transport.select(settings.preferNativeTransport());
        if (transport == Transport.NIO && settings.preferNativeTransport()) {
            LOG.info("native epoll transport unavailable ({}); using NIO", Transport.unavailabilityReason());
        }
        EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(transport.ioHandlerFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(acceptor, workers)
                    .channel(transport.serverChannelClass())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(new PushboxChannelInitializer(settings.ssl(), settings.idleTimeout(),
                            settings.maxHeaderBytes(), settings.maxBodyBytes(), handler));
            Channel channel = bootstrap.bind(settings.bindAddress(), settings.port()).sync().channel();
            return new PushboxServer(acceptor, workers, channel, transport, settings.ssl().isPresent());
        } catch (InterruptedException | RuntimeException e) {
            shutdown(acceptor, workers);
            throw e;
        }
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    public Transport transport() {
        return transport;
    }

    /** {@code http://host:port} or {@code https://host:port} of the bound socket, for logs and tests. */
    public String boundUrl() {
        InetSocketAddress address = localAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return (tls ? "https" : "http") + "://" + host + ":" + address.getPort();
    }

    /** Stops accepting, lets in-flight writes finish, then stops the event loops. Blocks until done. */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis());
        shutdown(acceptor, workers);
    }

    private static void shutdown(EventLoopGroup acceptor, EventLoopGroup workers) {
        acceptor.shutdownGracefully(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        workers.shutdownGracefully(QUIET_PERIOD.toMillis(), SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis() + 1000);
        acceptor.terminationFuture().awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis());
    }
}
