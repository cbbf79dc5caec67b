package org.pushbox.server.transport;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;

/**
 * Response compression, gzip only (eas-protocol.md §1.5: {@code Content-Encoding: gzip} only when the
 * client sent {@code Accept-Encoding: gzip}; Netty's default would also pick deflate). Small bodies are
 * sent as they are: empty 200s and status-only WBXML gain nothing and must keep their Content-Length.
 */
final class GzipCompressor extends HttpContentCompressor {

    /** Below this size gzip's 18-byte frame outweighs what it saves. */
    static final int MIN_COMPRESSED_BYTES = 256;

    GzipCompressor() {
        super(MIN_COMPRESSED_BYTES, StandardCompressionOptions.gzip());
    }
}
