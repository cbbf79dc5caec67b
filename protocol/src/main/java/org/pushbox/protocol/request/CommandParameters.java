package org.pushbox.protocol.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The command parameters of one request line, each present at most once. Immutable. */
public record CommandParameters(Map<RequestParameter, String> values) {

    private static final CommandParameters NONE = new CommandParameters(Map.of());

    public CommandParameters {
        Objects.requireNonNull(values, "values");
        EnumMap<RequestParameter, String> copy = new EnumMap<>(RequestParameter.class);
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter"), Objects.requireNonNull(v, k.queryName())));
        values = Collections.unmodifiableMap(copy);
    }

    public static CommandParameters none() {
        return NONE;
    }

    public Optional<String> get(RequestParameter parameter) {
        return Optional.ofNullable(values.get(parameter));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<String> attachmentName() {
        return get(RequestParameter.ATTACHMENT_NAME);
    }

    public Optional<String> collectionId() {
        return get(RequestParameter.COLLECTION_ID);
    }

    public Optional<String> collectionName() {
        return get(RequestParameter.COLLECTION_NAME);
    }

    public Optional<String> itemId() {
        return get(RequestParameter.ITEM_ID);
    }

    public Optional<String> longId() {
        return get(RequestParameter.LONG_ID);
    }

    public Optional<String> parentId() {
        return get(RequestParameter.PARENT_ID);
    }

    public Optional<String> occurrence() {
        return get(RequestParameter.OCCURRENCE);
    }
}
