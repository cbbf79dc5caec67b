package org.pushbox.server.mail.mime;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.BodyDescriptorBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/** How pushbox reads MIME with mime4j: leniently, with bounds on what mime4j holds in memory. */
final class MimeReading {

    /** Longest single header field (folded lines included) mime4j may buffer. */
    static final int MAX_HEADER_FIELD = 256 * 1024;
    static final int MAX_HEADER_FIELDS = 10_000;

    private MimeReading() {
    }

    /**
     * No limit on body line length (single-line base64 exists and is streamed) but a bound on the length of
     * one header field and on the number of fields, which mime4j buffers; a malformed header line starts
     * the body instead of failing the message.
     */
    static MimeConfig config() {
        return MimeConfig.custom()
                .setStrictParsing(false)
                .setMaxLineLen(-1)
                .setMaxHeaderLen(MAX_HEADER_FIELD)
                .setMaxHeaderCount(MAX_HEADER_FIELDS)
                .setMaxContentLen(-1)
                .setMalformedHeaderStartsBody(true)
                .build();
    }

    static BodyDescriptorBuilder descriptors() {
        return new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT);
    }
}
