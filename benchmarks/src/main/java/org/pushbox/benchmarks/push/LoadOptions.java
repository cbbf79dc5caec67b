package org.pushbox.benchmarks.push;

import java.util.HashMap;
import java.util.Map;

/** The load drivers' {@code key=value} arguments over their defaults; an unknown key is refused. */
public final class LoadOptions {

    private final Map<String, String> values;

    private LoadOptions(Map<String, String> values) {
        this.values = values;
    }

    public static LoadOptions parse(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1 || !defaults.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("expected one of " + defaults.keySet() + " as key=value, got " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new LoadOptions(values);
    }

    public String text(String key) {
        return values.get(key);
    }

    public int integer(String key) {
        return Integer.parseInt(values.get(key));
    }
}
