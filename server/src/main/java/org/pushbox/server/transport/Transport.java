package org.pushbox.server.transport;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The I/O transport: native epoll when its library loads (Linux x86_64 with the native jar), NIO
 * otherwise. Both behave the same for HTTP; epoll just costs less per idle connection, which matters
 * with thousands of held Pings.
 */
public enum Transport {
    EPOLL, NIO;

    /** Epoll when {@code preferNative} and available, else NIO. */
    public static Transport select(boolean preferNative) {
        return preferNative && Epoll.isAvailable() ? EPOLL : NIO;
    }

    IoHandlerFactory ioHandlerFactory() {
        return this == EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    Class<? extends ServerChannel> serverChannelClass() {
        return this == EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    /** Why epoll is not in use, for the start-up log; empty text when it is. */
    static String unavailabilityReason() {
        Throwable cause = Epoll.unavailabilityCause();
        return cause == null ? "" : cause.getMessage();
    }
}
