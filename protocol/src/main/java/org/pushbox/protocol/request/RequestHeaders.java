package org.pushbox.protocol.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request headers the parser reads, looked up case-insensitively. A one-method interface so that the
 * HTTP layer can adapt its own header type with a lambda ({@code name -> nettyHeaders.getAll(name)})
 * without the protocol module knowing about it.
 */
@FunctionalInterface
public interface RequestHeaders {

    String PROTOCOL_VERSION = "MS-ASProtocolVersion";
    String POLICY_KEY = "X-MS-PolicyKey";
    String ACCEPT_MULTIPART = "MS-ASAcceptMultiPart";
    String USER_AGENT = "User-Agent";

    /** Every value of the header {@code name} (any case), in arrival order; empty when absent. Never null. */
    List<String> all(String name);

    /** The first value of {@code name}, if any. */
    default Optional<String> first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    static RequestHeaders empty() {
        return MapRequestHeaders.EMPTY;
    }

    /** Headers from a map of name to values; names are matched case-insensitively. */
    static RequestHeaders of(Map<String, ? extends List<String>> headers) {
        return MapRequestHeaders.copyOf(headers);
    }

    /** Headers from alternating names and values: {@code of("User-Agent", "x", "X-MS-PolicyKey", "0")}. */
    static RequestHeaders of(String... namesAndValues) {
        return MapRequestHeaders.ofPairs(namesAndValues);
    }
}
