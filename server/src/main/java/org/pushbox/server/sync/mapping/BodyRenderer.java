package org.pushbox.server.sync.mapping;

import java.nio.charset.StandardCharsets;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.model.Body;

/**
 * Chooses and cuts the {@code airsyncbase:Body} a device gets. The device lists the types it accepts;
 * MIME wins when it is listed and MIMESupport allows it, then the item's native type, then plain text,
 * then HTML (made from plain text when that is all we have). Truncation is in UTF-8 bytes and never
 * splits a character; a truncated body says so and carries the full size as EstimatedDataSize.
 */
public final class BodyRenderer {

    /** MIMETruncation codes 0-8 in characters ([MS-ASCMD] 2.2.3.109); 8 means no truncation. */
    private static final long[] MIME_TRUNCATION = {0, 4096, 5120, 7168, 10240, 20480, 51200, 102400, -1};

    private BodyRenderer() {
    }

    /** The body to send, or null when the item has none the device can take. */
    public static Body render(StoredBody stored, BodyRequest request) {
        if (request.preferences().isEmpty()) {
            return stored.text() == null ? null : cut(Body.PLAIN_TEXT, plain(stored), null, stored, null);
        }
        if (sendsMime(stored, request)) {
            BodyPreference mime = request.preference(Body.MIME);
            Long limit = mime.truncationSize();
            if (limit == null && request.mimeTruncation() != null) {
                long chars = MIME_TRUNCATION[request.mimeTruncation()];
                limit = chars < 0 ? null : chars;
            }
            return cut(Body.MIME, stored.mime().get(), limit, null, mime.preview() == null ? null : previewOf(stored, mime));
        }
        if (stored.text() == null) {
            return null;
        }
        int[] order = {stored.nativeType(), Body.PLAIN_TEXT, Body.HTML};
        for (int type : order) {
            BodyPreference p = request.preference(type);
            if (p != null) {
                String data = type == Body.HTML ? html(stored) : plain(stored);
                return cut(type, data, p.truncationSize(), stored, p.preview() == null ? null : previewOf(stored, p));
            }
        }
        // Only RTF (or MIME without MIMESupport) was asked for: plain text is what every client can show.
        return cut(Body.PLAIN_TEXT, plain(stored), null, stored, null);
    }

    /** Whether {@link #render} answers with the MIME: the device listed it, MIMESupport allows it, and there is MIME. */
    public static boolean sendsMime(StoredBody stored, BodyRequest request) {
        boolean mimeAllowed = request.mimeSupport() == 2 || request.mimeSupport() == 1 && stored.smime();
        return request.preference(Body.MIME) != null && mimeAllowed && stored.mime() != null;
    }

    private static String previewOf(StoredBody stored, BodyPreference p) {
        String text = stored.text() == null ? "" : plain(stored).strip();
        return text.length() <= p.preview() ? text : text.substring(0, p.preview());
    }

    /** {@code text} is null for MIME, else the stored text {@code data} was made from (it may be only a start). */
    private static Body cut(int type, String data, Long limit, StoredBody text, String preview) {
        byte[] utf8 = data.getBytes(StandardCharsets.UTF_8);
        Long whole = text == null ? null : text.wholeSize();
        Body body;
        if (whole == null && (limit == null || utf8.length <= limit)) {
            body = Body.of(type, data);
        } else {
            long size = whole == null ? utf8.length : Math.max(whole, utf8.length);
            int keep = limit == null ? utf8.length : (int) Math.min(limit, utf8.length);
            body = Body.EMPTY.with(Body.TYPE, type).with(Body.ESTIMATED_DATA_SIZE, size)
                    .with(Body.TRUNCATED, true).with(Body.DATA, prefix(utf8, keep));
        }
        return preview == null ? body : body.with(Body.PREVIEW, preview);
    }

    /** The longest prefix of at most {@code limit} bytes that ends on a character boundary. */
    static String prefix(byte[] utf8, int limit) {
        if (limit >= utf8.length) {
            return new String(utf8, StandardCharsets.UTF_8);
        }
        int end = limit;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    private static String plain(StoredBody stored) {
        return stored.nativeType() == Body.HTML ? HtmlText.toPlain(stored.text()) : stored.text();
    }

    private static String html(StoredBody stored) {
        return stored.nativeType() == Body.HTML ? stored.text() : HtmlText.fromPlain(stored.text());
    }
}
