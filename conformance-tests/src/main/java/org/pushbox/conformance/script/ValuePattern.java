package org.pushbox.conformance.script;

import java.util.regex.Pattern;

/**
 * The right-hand side of an expectation: {@code *} (any value, but the element or header must be there),
 * {@code {capture:name}} (any value, remembered as {@code name}), or a literal in which {@code {name}}
 * placeholders are replaced before comparing.
 */
public record ValuePattern(Kind kind, String text) {

    public enum Kind { ANY, CAPTURE, LITERAL }

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final String CAPTURE_PREFIX = "{capture:";

    public static ValuePattern parse(String raw) {
        if (raw.equals("*")) {
            return new ValuePattern(Kind.ANY, raw);
        }
        if (raw.startsWith(CAPTURE_PREFIX) && raw.endsWith("}")) {
            String name = raw.substring(CAPTURE_PREFIX.length(), raw.length() - 1);
            if (!isName(name)) {
                throw new ScriptException("bad capture name in " + raw);
            }
            return new ValuePattern(Kind.CAPTURE, name);
        }
        return new ValuePattern(Kind.LITERAL, raw);
    }

    static boolean isName(String s) {
        return NAME.matcher(s).matches();
    }

    /** {@code null} when {@code actual} matches (binding a capture), else what was expected. */
    public String mismatch(String actual, Bindings bindings) {
        switch (kind) {
            case ANY:
                return null;
            case CAPTURE:
                bindings.bind(text, actual);
                return null;
            default:
                String expected = bindings.substitute(text);
                return expected.equals(actual) ? null : "\"" + expected + "\"";
        }
    }
}
