package org.pushbox.server.pim.imip;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * Wraps an iTIP object into an iMIP message ([RFC 6047] 2): multipart/alternative with a plain-text part
 * for people and the {@code text/calendar; method=...} part for their calendar, both UTF-8 in base64 so no
 * line is too long and no byte is 8-bit on the wire.
 */
public final class ImipMail {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ImipMail() {
    }

    /** The message's bytes. {@code to} are bare addresses; {@code fromName} may be null. */
    public static byte[] compose(String from, String fromName, List<String> to, String subject, String text,
            ItipMethod method, String ics, Instant now) {
        String boundary = "=_pushbox_" + token(12);
        String domain = from.substring(from.indexOf('@') + 1);
        StringBuilder m = new StringBuilder();
        header(m, "From", fromName == null || fromName.isBlank() ? from : displayName(fromName) + " <" + from + ">");
        header(m, "To", String.join(", ", to));
        header(m, "Subject", EncoderUtil.hasToBeEncoded(subject, 9)
                ? EncoderUtil.encodeEncodedWord(subject, EncoderUtil.Usage.TEXT_TOKEN, 9, StandardCharsets.UTF_8, null)
                : subject);
        header(m, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC)));
        header(m, "Message-ID", "<" + token(16) + "@" + domain + ">");
        header(m, "MIME-Version", "1.0");
        header(m, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
        m.append("\r\n");
        part(m, boundary, "text/plain; charset=UTF-8", text);
        part(m, boundary, "text/calendar; charset=UTF-8; method=" + method.name(), ics);
        m.append("--").append(boundary).append("--\r\n");
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A display name as a phrase: ASCII quoted as needed, anything else as UTF-8 encoded words. */
    private static String displayName(String name) {
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        return ascii ? EncoderUtil.encodeAddressDisplayName(name)
                : EncoderUtil.encodeEncodedWord(name, EncoderUtil.Usage.WORD_ENTITY, 0, StandardCharsets.UTF_8, null);
    }

    private static void header(StringBuilder m, String name, String value) {
        m.append(MimeUtil.fold(name + ": " + value, 0)).append("\r\n");
    }

    private static void part(StringBuilder m, String boundary, String contentType, String content) {
        m.append("--").append(boundary).append("\r\n");
        m.append("Content-Type: ").append(contentType).append("\r\n");
        m.append("Content-Transfer-Encoding: base64\r\n\r\n");
        String base64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'})
                .encodeToString(content.getBytes(StandardCharsets.UTF_8));
        m.append(base64).append("\r\n");
    }

    private static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
