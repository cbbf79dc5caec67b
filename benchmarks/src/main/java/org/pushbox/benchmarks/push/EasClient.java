package org.pushbox.benchmarks.push;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * The load drivers' HTTP client: a few Netty event-loop threads serve every connection, so 10,000 held
 * Pings cost 10,000 sockets and no threads, as on the server side.
 */
public final class EasClient implements AutoCloseable {

    /** A Sync page of 512 mails with truncated bodies stays well below this. */
    private static final int MAX_RESPONSE = 64 * 1024 * 1024;

    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final InetSocketAddress server;

    public EasClient(InetSocketAddress server, int threads) {
        this.server = server;
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_RESPONSE),
                                new EasConnection.ReplyHandler());
                    }
                });
    }

    /** Opens one keep-alive connection (one device's). */
    public CompletableFuture<EasConnection> connect() {
        CompletableFuture<EasConnection> result = new CompletableFuture<>();
        bootstrap.connect(server).addListener(f -> {
            if (f.isSuccess()) {
                io.netty.channel.ChannelFuture cf = (io.netty.channel.ChannelFuture) f;
                result.complete(new EasConnection(cf.channel(), hostHeader()));
            } else {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    private String hostHeader() {
        return server.getHostString() + ":" + server.getPort();
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
