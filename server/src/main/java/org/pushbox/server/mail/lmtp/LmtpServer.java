package org.pushbox.server.mail.lmtp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;

/**
 * The LMTP listener an MTA delivers to, and with {@link MailProtocol#SMTP} the SMTP listener for direct
 * delivery (the same session code in its SMTP dialect, docs/adr/0005-smtp-listener.md). It has its own small event-loop group on NIO: an MTA opens a few
 * connections, not thousands, so neither epoll nor sharing the HTTP loops buys anything, and a busy HTTP
 * side cannot starve mail delivery of its loops. Blocking work goes to the shared {@link WorkerPool}.
 */
public final class LmtpServer implements AutoCloseable {

    /** RFC 5321 section 4.5.3.1.8: at least 100 recipients per transaction must be accepted. */
    public static final int DEFAULT_MAX_RECIPIENTS = 100;
    /** Command lines: RFC 5321 allows 512 octets, extensions add parameters; 1000 leaves room for both. */
    public static final int DEFAULT_MAX_LINE = 1000;
    /** RFC 5321 section 4.5.3.2.7 suggests 5 minutes for the server waiting on the next command. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    /** Open connections per listener; beyond it new ones get 421 and are closed (an SMTP port faces the internet). */
    public static final int DEFAULT_MAX_CONNECTIONS = 100;
    static final int EVENT_LOOP_THREADS = 2;
    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    /**
     * What to listen on and the bounds of each session.
     *
     * @param protocol       LMTP (an MTA hands mail over) or SMTP (direct delivery, local recipients only)
     * @param hostname       the name in the greeting and the LHLO/EHLO reply
     * @param spoolDirectory where messages are received into before delivery
     * @param maxConnections open connections at a time; more are answered 421 and closed
     */
    public record Settings(MailProtocol protocol, String bindAddress, int port, String hostname, long maxMessageBytes,
            int maxRecipients, int maxLineBytes, Duration idleTimeout, Path spoolDirectory, int maxConnections) {
        public Settings {
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(hostname, "hostname");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        }

        /** An LMTP listener with the default bounds. */
        public static Settings of(String bindAddress, int port, String hostname, long maxMessageBytes,
                Path spoolDirectory) {
            return new Settings(MailProtocol.LMTP, bindAddress, port, hostname, maxMessageBytes,
                    DEFAULT_MAX_RECIPIENTS, DEFAULT_MAX_LINE, DEFAULT_IDLE_TIMEOUT, spoolDirectory,
                    DEFAULT_MAX_CONNECTIONS);
        }

        /** An SMTP listener with the default bounds. */
        public static Settings smtp(String bindAddress, int port, String hostname, long maxMessageBytes,
                Path spoolDirectory, int maxConnections) {
            return new Settings(MailProtocol.SMTP, bindAddress, port, hostname, maxMessageBytes,
                    DEFAULT_MAX_RECIPIENTS, DEFAULT_MAX_LINE, DEFAULT_IDLE_TIMEOUT, spoolDirectory, maxConnections);
        }
    }

    /**
     * What sessions use: the worker pool, the address look-up, the local domains (SMTP's relay check), the
     * delivery into the store, and the count of open connections.
     */
    record Services(WorkerPool workers, Function<String, Optional<Account>> accounts, LocalDomains domains,
            MailDelivery delivery, AtomicInteger connections) {
    }

    private final EventLoopGroup group;
    private final Channel channel;

    private LmtpServer(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /** Binds and starts serving; returns once the port is bound. Spool files of an earlier run are removed. */
    public static LmtpServer start(Settings settings, MailboxStore store, WorkerPool workers)
            throws IOException, InterruptedException {
        return start(settings, store, workers, new MailDelivery(store, Clock.systemUTC()));
    }

    /** As above, delivering through {@code delivery}, which the LMTP and SMTP listeners of a process share. */
    public static LmtpServer start(Settings settings, MailboxStore store, WorkerPool workers, MailDelivery delivery)
            throws IOException, InterruptedException {
        Files.createDirectories(settings.spoolDirectory()); // fail at start, not at the first message
        Spool.cleanDirectory(settings.spoolDirectory());
        Services services = new Services(workers, address -> store.accounts().findByAddress(address),
                LocalDomains.of(store.accounts()), delivery, new AtomicInteger());
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(EVENT_LOOP_THREADS, NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new IdleStateHandler(settings.idleTimeout().toMillis(), 0, 0,
                                    TimeUnit.MILLISECONDS));
                            ch.pipeline().addLast(new LmtpSession(settings, services));
                        }
                    });
            Channel channel = bootstrap.bind(settings.bindAddress(), settings.port()).sync().channel();
            return new LmtpServer(group, channel);
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /**
     * Stops listening and drops open connections. A delivery already running on a worker still commits; its
     * MTA, which then misses the reply, retries, and the retry is recognised (see {@link MailDelivery}).
     */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis());
        group.shutdownGracefully(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis() + 1000);
    }
}
