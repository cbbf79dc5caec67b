package org.pushbox.conformance.script;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A path into a decoded response, from the root: {@code FolderSync/Changes/Add[DisplayName=Work]/ServerId}.
 * A step is an element name, optionally with its code page's prefix or namespace
 * ({@code settings:DeviceInformation}), and any number of filters: {@code [Child=value]} keeps the
 * elements with such a child (value with {@code {name}} placeholders), {@code [n]} keeps the n-th (from 1).
 */
public record TreePath(String source, List<Step> steps) {

    /** One step of a path. */
    public record Step(String prefix, String name, List<Filter> filters) {

        boolean matches(WbxmlElement e) {
            return e.tag().name().equals(name) && (prefix == null || prefix.equalsIgnoreCase(e.tag().codePage().prefix())
                    || prefix.equalsIgnoreCase(e.tag().namespace()));
        }
    }

    /** {@code [n]} (child is null) or {@code [Child=value]}. */
    public record Filter(int index, String child, String value) {
    }

    public static TreePath parse(String source) {
        List<Step> steps = new ArrayList<>();
        for (String part : split(source)) {
            int bracket = part.indexOf('[');
            String qualified = bracket < 0 ? part : part.substring(0, bracket);
            int colon = qualified.indexOf(':');
            String prefix = colon < 0 ? null : qualified.substring(0, colon);
            String name = qualified.substring(colon + 1);
            if (name.isEmpty()) {
                throw new ScriptException("empty step in path " + source);
            }
            steps.add(new Step(prefix, name, bracket < 0 ? List.of() : filters(part.substring(bracket), source)));
        }
        return new TreePath(source, List.copyOf(steps));
    }

    /** The elements the path selects in {@code root}, in document order. */
    public List<WbxmlElement> select(WbxmlElement root, Bindings bindings) {
        List<WbxmlElement> current = filter(steps.get(0).matches(root) ? List.of(root) : List.of(), steps.get(0), bindings);
        for (int i = 1; i < steps.size(); i++) {
            Step step = steps.get(i);
            List<WbxmlElement> next = new ArrayList<>();
            for (WbxmlElement parent : current) {
                for (WbxmlElement child : parent.children()) {
                    if (step.matches(child)) {
                        next.add(child);
                    }
                }
            }
            current = filter(next, step, bindings);
        }
        return current;
    }

    private static List<WbxmlElement> filter(List<WbxmlElement> elements, Step step, Bindings bindings) {
        List<WbxmlElement> kept = elements;
        for (Filter f : step.filters()) {
            if (f.child() == null) {
                kept = f.index() <= kept.size() ? List.of(kept.get(f.index() - 1)) : List.of();
            } else {
                String wanted = bindings.substitute(f.value());
                kept = kept.stream().filter(e -> e.children().stream()
                        .anyMatch(c -> c.tag().name().equals(f.child()) && wanted.equals(value(c)))).toList();
            }
        }
        return kept;
    }

    /** The value an expectation compares: the text (or OPAQUE as UTF-8) of a leaf, "" for an empty element. */
    public static String value(WbxmlElement e) {
        return switch (e.content()) {
            case TEXT, OPAQUE -> e.textOrOpaqueAsString();
            default -> "";
        };
    }

    private static List<String> split(String source) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '/' && depth == 0) {
                parts.add(source.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new ScriptException("unbalanced [ ] in path " + source);
        }
        parts.add(source.substring(start));
        return parts;
    }

    private static List<Filter> filters(String brackets, String source) {
        List<Filter> filters = new ArrayList<>();
        int i = 0;
        while (i < brackets.length()) {
            int close = brackets.indexOf(']', i);
            if (brackets.charAt(i) != '[' || close < 0) {
                throw new ScriptException("bad filter in path " + source);
            }
            String inner = brackets.substring(i + 1, close);
            int eq = inner.indexOf('=');
            if (eq < 0) {
                try {
                    int index = Integer.parseInt(inner.strip());
                    if (index < 1) {
                        throw new ScriptException("indexes count from 1 in path " + source);
                    }
                    filters.add(new Filter(index, null, null));
                } catch (NumberFormatException e) {
                    throw new ScriptException("filter [" + inner + "] is neither [n] nor [Child=value] in " + source);
                }
            } else {
                filters.add(new Filter(0, inner.substring(0, eq).strip(), inner.substring(eq + 1)));
            }
            i = close + 1;
        }
        return filters;
    }

    @Override
    public String toString() {
        return source;
    }
}
