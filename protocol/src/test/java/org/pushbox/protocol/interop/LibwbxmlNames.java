package org.pushbox.protocol.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pushbox.testing.Requirements;

/**
 * libwbxml's own names for the EAS tokens ({@code corpus/tools/libwbxml_names.json}, probed from
 * {@code wbxml2xml} 0.11.8): its namespace per code page ({@code "AirSync:"}, {@code "Gal:"}, ...)
 * and its element name per token. About 70 names differ from MS-ASWBXML ({@code TimeZone},
 * {@code BusinessCity}, {@code MIME}, ...), so libwbxml's XML is compared with ours by
 * (page, token), never by name.
 *
 * <p>The file is JSON of objects and strings only ({@code {"pages": {"0": {"namespace": "AirSync:",
 * "tokens": {"0x05": "Sync", ...}}}}}); page 25 (Find) has a null namespace and no tokens because
 * libwbxml does not know it.
 */
final class LibwbxmlNames {

    /** A tag as it travels on the wire. */
    record PageToken(int page, int token) {
        @Override
        public String toString() {
            return String.format("%d/0x%02X", page, token);
        }
    }

    private final Map<Integer, String> namespaces = new TreeMap<>();
    private final Map<PageToken, String> names = new LinkedHashMap<>();
    private final Map<String, PageToken> byQualifiedName = new HashMap<>();

    private LibwbxmlNames() {
    }

    /** Reads the table from the shared corpus (skips, or fails in strict mode, when it is absent). */
    static LibwbxmlNames load() {
        Path json = Requirements.corpus().resolve("tools/libwbxml_names.json");
        Requirements.require(Files.isRegularFile(json), json + " is missing");
        try {
            return parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static LibwbxmlNames parse(String json) {
        LibwbxmlNames table = new LibwbxmlNames();
        Map<String, Object> pages = (Map<String, Object>) ((Map<String, Object>) new JsonObjects(json).value()).get("pages");
        for (Map.Entry<String, Object> page : pages.entrySet()) {
            int number = Integer.parseInt(page.getKey());
            Map<String, Object> body = (Map<String, Object>) page.getValue();
            String namespace = (String) body.get("namespace");
            Map<String, Object> tokens = (Map<String, Object>) body.get("tokens");
            if (namespace == null || tokens.isEmpty()) {
                continue; // a page libwbxml does not know
            }
            table.namespaces.put(number, namespace);
            for (Map.Entry<String, Object> token : tokens.entrySet()) {
                PageToken key = new PageToken(number, Integer.decode(token.getKey()));
                String name = (String) token.getValue();
                table.names.put(key, name);
                table.byQualifiedName.put(namespace + name, key);
            }
        }
        return table;
    }

    /** The pages libwbxml knows, in number order. */
    List<Integer> pages() {
        return List.copyOf(namespaces.keySet());
    }

    /** Every (page, token) libwbxml knows, in page and token order. */
    Map<PageToken, String> names() {
        return Collections.unmodifiableMap(names);
    }

    String namespace(int page) {
        return namespaces.get(page);
    }

    String name(int page, int token) {
        return names.get(new PageToken(page, token));
    }

    /** The (page, token) of an element libwbxml wrote, or {@code null} for a name it does not use there. */
    PageToken tokenOf(String namespace, String name) {
        return byQualifiedName.get(namespace + name);
    }

    /** Just enough JSON for this file: objects, strings (with the usual escapes) and null. */
    private static final class JsonObjects {
        private final String s;
        private int i;

        JsonObjects(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            char c = s.charAt(i);
            if (c == '{') {
                return object();
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            throw new IllegalArgumentException("unexpected '" + c + "' at offset " + i + " of libwbxml_names.json");
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (s.charAt(i++) == '}') {
                    return map;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at offset " + (i - 1) + " of libwbxml_names.json");
            }
        }

        private void skipSpace() {
            while (Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
