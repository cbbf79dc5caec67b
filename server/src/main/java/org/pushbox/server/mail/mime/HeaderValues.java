package org.pushbox.server.mail.mime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * The header fields of one entity that ingest looks at, unfolded, with 8-bit bytes decoded (UTF-8 when
 * valid, else windows-1252) but encoded words still encoded: structured fields need them as written.
 * The first occurrence of a field wins; fields not listed in {@code wanted} are not kept.
 */
final class HeaderValues {

    private final Set<String> wanted;
    private final Map<String, String> values = new HashMap<>();

    HeaderValues(Set<String> wanted) {
        this.wanted = wanted;
    }

    void add(Field field) {
        String name = field.getName().toLowerCase(Locale.ROOT);
        if (!wanted.contains(name) || values.containsKey(name)) {
            return;
        }
        ByteSequence raw = field.getRaw();
        String text;
        if (raw != null) {
            byte[] bytes = raw.toByteArray();
            text = Charsets.headerText(bytes, bytes.length);
            int colon = text.indexOf(':');
            text = colon < 0 ? "" : text.substring(colon + 1);
        } else {
            text = field.getBody() == null ? "" : field.getBody();
        }
        values.put(name, unfold(text).strip());
    }

    /** The raw (unfolded, not word-decoded) value, or null when absent. */
    String raw(String name) {
        return values.get(name);
    }

    /** The value with RFC 2047 encoded words decoded, or null when absent. */
    String decoded(String name) {
        String raw = values.get(name);
        return raw == null ? null : decodeWords(raw);
    }

    static String unfold(String text) {
        return text.replaceAll("\r?\n(?=[ \t])", "").replace("\r", "").replace("\n", "");
    }

    /** Decodes RFC 2047 encoded words; malformed words stay as written. */
    static String decodeWords(String text) {
        try {
            return DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return text;
        }
    }
}
