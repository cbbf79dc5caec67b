package org.pushbox.server.pim.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One iCalendar content line: its name (upper case), its parameters in order, and its value exactly as
 * written (still escaped: {@link #text()} unescapes a TEXT value).
 */
public record IcsProperty(String name, List<Map.Entry<String, String>> parameters, String value) {

    public IcsProperty {
        name = name.toUpperCase(Locale.ROOT);
        parameters = List.copyOf(parameters);
        value = value == null ? "" : value;
    }

    public static IcsProperty of(String name, String value) {
        return new IcsProperty(name, List.of(), value);
    }

    /** A TEXT property from plain text, escaped. */
    public static IcsProperty text(String name, String text) {
        return of(name, escape(text));
    }

    public IcsProperty with(String parameter, String parameterValue) {
        List<Map.Entry<String, String>> more = new ArrayList<>(parameters);
        more.add(Map.entry(parameter.toUpperCase(Locale.ROOT), parameterValue));
        return new IcsProperty(name, more, value);
    }

    /** The first value of {@code parameter} (case-insensitive), or null. */
    public String parameter(String parameter) {
        for (Map.Entry<String, String> p : parameters) {
            if (p.getKey().equalsIgnoreCase(parameter)) {
                return p.getValue();
            }
        }
        return null;
    }

    /** The value as text: backslash escapes resolved. */
    public String text() {
        return unescape(value);
    }

    /** The value as a comma-separated list of texts (CATEGORIES, EXDATE), escapes resolved. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == ',') {
                out.add(unescape(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(unescape(current.toString()));
        return out;
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    b.append("\\n");
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                b.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
