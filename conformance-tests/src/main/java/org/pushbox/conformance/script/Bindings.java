package org.pushbox.conformance.script;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The named values of one script run: built-ins ({@code run}, {@code version}, {@code user}) and what
 * {@code {capture:name}} took from responses. {@code {name}} in a template is replaced by its value.
 */
public final class Bindings {

    private final Map<String, String> values = new HashMap<>();

    public void bind(String name, String value) {
        values.put(name, value);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Replaces every {@code {name}} in {@code template}; an unbound name is an error of the script (it
     * would otherwise be sent literally and fail somewhere less obvious).
     */
    public String substitute(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            if (!ValuePattern.isName(name)) {
                out.append(template, i, open + 1);
                i = open + 1;
                continue;
            }
            String value = values.get(name);
            if (value == null) {
                throw new ScriptException("{" + name + "} is used before anything was captured or bound as " + name);
            }
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.append(template, i, template.length()).toString();
    }
}
