package org.pushbox.server.pim.imip;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.MimeConfig;
import org.pushbox.storage.api.Attachment;

/**
 * Finds the iCalendar object of an iMIP message ([RFC 6047] 2.4): the first {@code text/calendar} part,
 * else the first {@code application/ics} part or {@code .ics} attachment. Parts inside an attached message
 * (a forwarded invitation) are not looked at: forwarding an invitation does not invite.
 */
public final class ImipPart {

    private ImipPart() {
    }

    /** Whether the parsed message has a part worth reading again (ingest lists every non-text part). */
    public static boolean mayHaveCalendar(List<Attachment> attachments) {
        return attachments.stream().anyMatch(a -> isCalendar(a.contentType(), a.displayName()));
    }

    static boolean isCalendar(String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.equals("text/calendar") || type.equals("application/ics")
                || (name != null && name.toLowerCase(Locale.ROOT).endsWith(".ics"));
    }

    /** The decoded text of the calendar part, at most {@link ItipParser#MAX_CHARS} + 1 characters. */
    public static Optional<String> read(InputStream message) throws IOException {
        Finder finder = new Finder();
        MimeConfig config = MimeConfig.custom().setStrictParsing(false).setMaxLineLen(-1).setMaxHeaderLen(256 * 1024)
                .setMaxHeaderCount(10_000).setMaxContentLen(-1).setMalformedHeaderStartsBody(true).build();
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(finder);
        try {
            parser.parse(message);
        } catch (MimeException | RuntimeException e) {
            // Keep what was found before the damage.
        }
        return Optional.ofNullable(finder.calendar != null ? finder.calendar : finder.fallback);
    }

    private static final class Finder extends AbstractContentHandler {
        private String calendar;
        private String fallback;
        private String filename;

        @Override
        public void field(org.apache.james.mime4j.stream.Field field) {
            if (field.getName().equalsIgnoreCase("content-disposition") && field.getBody() != null) {
                String body = field.getBody().toLowerCase(Locale.ROOT);
                filename = body.contains(".ics") ? ".ics" : null;
            }
        }

        @Override
        public void startBodyPart() {
            filename = null;
        }

        @Override
        public void body(BodyDescriptor bd, InputStream in) throws IOException {
            String type = bd.getMimeType() == null ? "" : bd.getMimeType().toLowerCase(Locale.ROOT);
            if (calendar != null) {
                return;
            }
            if (type.equals("text/calendar")) {
                calendar = text(in, bd.getCharset());
            } else if (fallback == null && isCalendar(type, filename)) {
                fallback = text(in, bd.getCharset());
            }
        }

        private static String text(InputStream in, String declared) throws IOException {
            Charset charset = StandardCharsets.UTF_8; // [RFC 5545] 3.1.4: the default
            if (declared != null && !declared.equalsIgnoreCase("us-ascii")) {
                try {
                    charset = Charset.forName(declared);
                } catch (RuntimeException e) {
                    // unknown charset: UTF-8
                }
            }
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            try (Reader reader = new InputStreamReader(in, charset)) {
                int n;
                while ((n = reader.read(buffer)) > 0 && out.length() <= ItipParser.MAX_CHARS) {
                    out.append(buffer, 0, n);
                }
            }
            return out.toString();
        }
    }
}
