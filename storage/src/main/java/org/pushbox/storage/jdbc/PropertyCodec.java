package org.pushbox.storage.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.StoreException;

/**
 * The persisted form of a {@link PropertyMap}: JSON, {@code {"v":1,"p":{key: [tag, value], ...}}},
 * tags {@code s} text, {@code i} integer, {@code b} boolean, {@code t} ISO-8601 instant,
 * {@code x} base64 bytes, {@code o} blob id, {@code l} list of text, {@code g} group (an object
 * like {@code p}), {@code G} list of groups. Any JSON tool can read it; lone surrogates are
 * escaped so that text survives utf8mb4 unchanged. See docs/storage.md.
 */
public final class PropertyCodec {

    public static final int VERSION = 1;

    private PropertyCodec() {
    }

    public static String encode(PropertyMap map) {
        StringBuilder out = new StringBuilder(64);
        out.append("{\"v\":").append(VERSION).append(",\"p\":");
        writeMap(out, map);
        return out.append('}').toString();
    }

    public static PropertyMap decode(String json) {
        Object root = new JsonReader(json).read();
        if (!(root instanceof Map<?, ?> top) || !(top.get("v") instanceof Long version) || version != VERSION) {
            throw new StoreException("unsupported property format: " + abbreviate(json));
        }
        return toMap(top.get("p"));
    }

    private static void writeMap(StringBuilder out, PropertyMap map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, PropertyValue> e : map.asMap().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, e.getKey());
            out.append(':');
            writeValue(out, e.getValue());
        }
        out.append('}');
    }

    private static void writeValue(StringBuilder out, PropertyValue value) {
        out.append('[');
        if (value instanceof PropertyValue.Text t) {
            tagged(out, "s").append(quote(t.value()));
        } else if (value instanceof PropertyValue.Int i) {
            tagged(out, "i").append(i.value());
        } else if (value instanceof PropertyValue.Bool b) {
            tagged(out, "b").append(b.value());
        } else if (value instanceof PropertyValue.Time t) {
            tagged(out, "t").append(quote(t.value().toString()));
        } else if (value instanceof PropertyValue.Bytes x) {
            tagged(out, "x").append(quote(Base64.getEncoder().encodeToString(x.value())));
        } else if (value instanceof PropertyValue.Blob o) {
            tagged(out, "o").append(o.value().value());
        } else if (value instanceof PropertyValue.TextList l) {
            tagged(out, "l").append('[');
            for (int k = 0; k < l.value().size(); k++) {
                out.append(k > 0 ? "," : "");
                writeString(out, l.value().get(k));
            }
            out.append(']');
        } else if (value instanceof PropertyValue.Group g) {
            writeMap(tagged(out, "g"), g.value());
        } else if (value instanceof PropertyValue.GroupList gl) {
            tagged(out, "G").append('[');
            for (int k = 0; k < gl.value().size(); k++) {
                out.append(k > 0 ? "," : "");
                writeMap(out, gl.value().get(k));
            }
            out.append(']');
        }
        out.append(']');
    }

    private static StringBuilder tagged(StringBuilder out, String tag) {
        return out.append('"').append(tag).append("\",");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        writeString(b, s);
        return b.toString();
    }

    /**
     * Copies runs of plain characters in one append: a mail body is tens of kilobytes written once per
     * recipient and read once per device, so per-character appends showed up in the delivery profile.
     */
    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !(Character.isSurrogate(c) && isLoneSurrogate(s, i))) {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> appendUnicodeEscape(out, c);
            }
        }
        out.append(s, run, s.length()).append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON-style backslash-u escape in lower-case hex, without String.format (called for every CR and LF of a body). */
    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append('\\').append('u').append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    private static PropertyMap toMap(Object json) {
        if (!(json instanceof Map<?, ?> m)) {
            throw new StoreException("property group is not an object");
        }
        PropertyMap.Builder b = PropertyMap.builder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            b.put((String) e.getKey(), toValue(e.getValue()));
        }
        return b.build();
    }

    private static PropertyValue toValue(Object json) {
        if (!(json instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String tag)) {
            throw new StoreException("property value is not a [tag, value] pair");
        }
        Object v = pair.get(1);
        return switch (tag) {
            case "s" -> new PropertyValue.Text((String) v);
            case "i" -> new PropertyValue.Int((Long) v);
            case "b" -> new PropertyValue.Bool((Boolean) v);
            case "t" -> new PropertyValue.Time(Instant.parse((String) v));
            case "x" -> new PropertyValue.Bytes(Base64.getDecoder().decode((String) v));
            case "o" -> new PropertyValue.Blob(new BlobId((Long) v));
            case "l" -> new PropertyValue.TextList(((List<?>) v).stream().map(String.class::cast).toList());
            case "g" -> new PropertyValue.Group(toMap(v));
            case "G" -> new PropertyValue.GroupList(((List<?>) v).stream().map(PropertyCodec::toMap).toList());
            default -> throw new StoreException("unknown property tag " + tag);
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    /** A minimal reader for the JSON this codec writes: objects, arrays, strings, integers, booleans. */
    private static final class JsonReader {
        private final String s;
        private int pos;

        JsonReader(String s) {
            this.s = s;
        }

        Object read() {
            Object v = value();
            skipSpace();
            if (pos != s.length()) {
                throw fail("trailing data");
            }
            return v;
        }

        private Object value() {
            skipSpace();
            if (pos >= s.length()) {
                throw fail("unexpected end");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                m.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return l;
            }
            while (true) {
                l.add(value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = null;
            int run = pos;
            while (true) {
                if (pos >= s.length()) {
                    throw fail("unterminated string");
                }
                char c = s.charAt(pos);
                if (c != '"' && c != '\\') {
                    pos++;
                    continue;
                }
                if (c == '"') {
                    String tail = s.substring(run, pos++);
                    return b == null ? tail : b.append(tail).toString();
                }
                // An escape: copy the plain run before it, then decode it.
                if (b == null) {
                    b = new StringBuilder(Math.max(16, (pos - run) * 2));
                }
                b.append(s, run, pos);
                if (pos + 1 >= s.length()) {
                    throw fail("unterminated string");
                }
                char e = s.charAt(pos + 1);
                pos += 2;
                switch (e) {
                    case 'u' -> {
                        b.append(hex4());
                    }
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    default -> b.append(e);
                }
                run = pos;
            }
        }

        private char hex4() {
            if (pos + 4 > s.length()) {
                throw fail("short unicode escape");
            }
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(s.charAt(pos + k), 16);
                if (d < 0) {
                    throw fail("bad unicode escape");
                }
                v = (v << 4) | d;
            }
            pos += 4;
            return (char) v;
        }

        private Long number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw fail("unexpected character");
            }
            return Long.parseLong(s.substring(start, pos));
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw fail("bad literal");
            }
            pos += word.length();
            return value;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw fail("expected " + c);
            }
            pos++;
        }

        private void skipSpace() {
            // This codec writes no white space; other JSON tools may.
            while (pos < s.length() && s.charAt(pos) <= ' ' && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private StoreException fail(String what) {
            return new StoreException("malformed property JSON (" + what + ") at " + pos);
        }
    }
}
