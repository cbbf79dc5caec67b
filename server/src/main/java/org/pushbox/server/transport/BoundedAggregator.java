package org.pushbox.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects a request into one message of at most the configured body size. Over it, Netty answers 413
 * and closes the connection (the rest of the body cannot be skipped safely); this subclass only logs
 * who sent it, because the request never reaches the pushbox handler.
 */
final class BoundedAggregator extends HttpObjectAggregator {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedAggregator.class);

    BoundedAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
        if (oversized instanceof HttpRequest request) {
            LOG.warn("413 body over {} bytes: {} {} from {} device {}", maxContentLength(), request.method(),
                    LogSafe.text(request.uri()), ctx.channel().remoteAddress(), LogSafe.deviceIdHint(request.uri()));
        }
        super.handleOversizedMessage(ctx, oversized);
    }
}
