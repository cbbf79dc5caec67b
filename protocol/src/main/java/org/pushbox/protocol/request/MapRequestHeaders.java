package org.pushbox.protocol.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Immutable {@link RequestHeaders} backed by a case-insensitive sorted map. */
final class MapRequestHeaders implements RequestHeaders {

    static final MapRequestHeaders EMPTY = new MapRequestHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final TreeMap<String, List<String>> values;

    private MapRequestHeaders(TreeMap<String, List<String>> values) {
        this.values = values;
    }

    static MapRequestHeaders copyOf(Map<String, ? extends List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, list) -> list.forEach(value -> add(copy, name, value)));
        return freeze(copy);
    }

    static MapRequestHeaders ofPairs(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            add(map, namesAndValues[i], namesAndValues[i + 1]);
        }
        return freeze(map);
    }

    private static void add(TreeMap<String, List<String>> map, String name, String value) {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, "value of header " + name);
        map.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    private static MapRequestHeaders freeze(TreeMap<String, List<String>> map) {
        map.replaceAll((name, list) -> List.copyOf(list));
        return new MapRequestHeaders(map);
    }

    @Override
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
