package org.pushbox.server.sync.mapping;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.model.Attachments;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.BodyPart;
import org.pushbox.protocol.model.ElementGroup;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.model.Field;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyType;
import org.pushbox.storage.api.PropertyValue;

/**
 * Maps one {@link ElementGroup} class of the protocol model to a {@link PropertyMap} and back. The model's
 * field constants and the storage property enums use the same constant names ({@code Contact.FIRST_NAME}
 * and {@code ContactProperty.FIRST_NAME}), so the pairing is found by name once per class instead of being
 * written out field by field, and a field added to both sides is mapped without code here. A field with no
 * storage constant is kept under its own camel-case key (the store persists any key), so nothing a client
 * sends is lost. Bodies, attachments and blob-valued properties are left to the class mappers: their
 * storage form is not a plain property.
 */
final class GroupMapping<G extends ElementGroup<G>> {

    /** Model names that differ from the storage names. */
    private static final Map<String, String> ALIASES = Map.of("TIMEZONE", "TIME_ZONE", "LOCATION_16",
            "STRUCTURED_LOCATION", "ATTENDEE_STATUS", "STATUS");
    /** Value types a class mapper handles itself. */
    private static final Set<Class<?>> SPECIAL = Set.of(Body.class, BodyPart.class, Attachments.class);
    private static final Map<Class<?>, GroupMapping<?>> CACHE = new ConcurrentHashMap<>();

    /** One mapped field. */
    record Binding(Field<?> field, String key, Converter converter) {
    }

    /**
     * The body of a nested group (a calendar exception's), stored as its text and type like an item's. An
     * item's own body is left to its class mapper, which renders it to the device's body preferences.
     */
    record BodyBinding(Field<Body> field, String textKey, String typeKey) {

        void toProperties(ElementGroup<?> group, PropertyMap.Builder set, Set<String> removed) {
            if (!group.has(field)) {
                return;
            }
            Body body = group.get(field);
            if (body == null || !body.has(Body.DATA)) {
                removed.add(textKey);
                removed.add(typeKey);
            } else if (!Boolean.TRUE.equals(body.get(Body.TRUNCATED))) { // a cut text would replace the whole
                set.put(textKey, new PropertyValue.Text(body.get(Body.DATA)));
                Integer type = body.get(Body.TYPE);
                set.put(typeKey, new PropertyValue.Int(type != null && type == Body.HTML ? Body.HTML : Body.PLAIN_TEXT));
            }
        }

        <G extends ElementGroup<G>> G fromProperties(PropertyMap map, G group) {
            PropertyValue text = map.asMap().get(textKey);
            if (!(text instanceof PropertyValue.Text t)) {
                return group;
            }
            PropertyValue type = map.asMap().get(typeKey);
            return group.with(field, Body.of(type instanceof PropertyValue.Int i && i.value() == Body.HTML ? Body.HTML
                    : Body.PLAIN_TEXT, t.value()));
        }
    }

    private final G empty;
    private final List<Binding> bindings;
    private final List<BodyBinding> bodies;
    private final Map<Tag, Binding> byTag = new HashMap<>();

    private GroupMapping(G empty, List<Binding> bindings, List<BodyBinding> bodies) {
        this.empty = empty;
        this.bindings = List.copyOf(bindings);
        this.bodies = List.copyOf(bodies);
        bindings.forEach(b -> byTag.put(b.field().tag(), b));
    }

    /** The mapping of {@code type}, whose storage keys are {@code keys} (empty: camel-case keys throughout). */
    @SuppressWarnings("unchecked")
    static <G extends ElementGroup<G>> GroupMapping<G> of(Class<G> type, PropertyKey[] keys) {
        GroupMapping<?> cached = CACHE.get(type);
        if (cached == null) {
            cached = build(type, keys);
            CACHE.putIfAbsent(type, cached);
        }
        return (GroupMapping<G>) cached;
    }

    List<Binding> bindings() {
        return bindings;
    }

    Binding binding(Tag tag) {
        return byTag.get(tag);
    }

    /** The stored form of every mapped field present; cleared fields (sent empty) are listed as removed. */
    PropertyUpdate toProperties(G group) {
        PropertyMap.Builder set = PropertyMap.builder();
        Set<String> removed = new HashSet<>();
        for (Binding b : bindings) {
            if (!group.has(b.field())) {
                continue;
            }
            Object value = group.get(b.field());
            PropertyValue stored = value == null ? null : b.converter().toProperty(value);
            if (stored == null) {
                removed.add(b.key());
            } else {
                set.put(b.key(), stored);
            }
        }
        bodies.forEach(b -> b.toProperties(group, set, removed));
        return new PropertyUpdate(set.build(), removed);
    }

    /** The group holding every mapped property of {@code map}; values of an unexpected type are skipped. */
    @SuppressWarnings("unchecked")
    G fromProperties(PropertyMap map) {
        G group = empty;
        for (Binding b : bindings) {
            PropertyValue stored = map.asMap().get(b.key());
            Object value = stored == null ? null : b.converter().toModel(stored);
            if (value != null) {
                group = group.with((Field<Object>) b.field(), value);
            }
        }
        for (BodyBinding b : bodies) {
            group = b.fromProperties(map, group);
        }
        return group;
    }

    private static <G extends ElementGroup<G>> GroupMapping<G> build(Class<G> type, PropertyKey[] keys) {
        Map<String, PropertyKey> byName = new HashMap<>();
        for (PropertyKey key : keys) {
            byName.put(((Enum<?>) key).name(), key);
        }
        List<Binding> bindings = new ArrayList<>();
        List<BodyBinding> bodies = new ArrayList<>();
        G empty = null;
        for (java.lang.reflect.Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object constant = read(f);
            if (f.getType() == type && ((ElementGroup<?>) constant).isEmpty()) {
                empty = type.cast(constant);
            }
            if (!(constant instanceof Field<?> field)) {
                continue;
            }
            Type valueType = ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            if (valueType == Body.class && !ItemData.class.isAssignableFrom(type)) {
                @SuppressWarnings("unchecked")
                Field<Body> body = (Field<Body>) field;
                bodies.add(new BodyBinding(body, key(byName, "BODY", "body"),
                        key(byName, "BODY_TYPE", "bodyType")));
                continue;
            }
            if (valueType instanceof Class<?> c && SPECIAL.contains(c)) {
                continue;
            }
            PropertyKey key = byName.get(ALIASES.getOrDefault(f.getName(), f.getName()));
            if (key != null && key.type() == PropertyType.BLOB) {
                continue;
            }
            Converter converter = converter(valueType, key == null ? new PropertyKey[0] : key.members());
            if (converter != null) {
                bindings.add(new Binding(field, key == null ? camel(f.getName()) : key.key(), converter));
            }
        }
        if (empty == null) {
            throw new IllegalStateException(type + " has no empty constant");
        }
        return new GroupMapping<>(empty, bindings, bodies);
    }

    private static String key(Map<String, PropertyKey> byName, String name, String fallback) {
        PropertyKey key = byName.get(name);
        return key == null ? fallback : key.key();
    }

    private static Object read(java.lang.reflect.Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter converter(Type type, PropertyKey[] members) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = p.getActualTypeArguments()[0];
            if (element == String.class) {
                return Converter.TEXT_LIST;
            }
            if (element instanceof Class<?> c && ElementGroup.class.isAssignableFrom(c)) {
                return new Converter.Groups(() -> GroupMapping.of((Class) c, members));
            }
            return null;
        }
        if (!(type instanceof Class<?> c)) {
            return null;
        }
        if (ElementGroup.class.isAssignableFrom(c)) {
            return new Converter.Nested(() -> GroupMapping.of((Class) c, members));
        }
        return Converter.scalar(c);
    }

    /** Converts one value between its model and stored forms; {@code toModel} gives null for a foreign type. */
    interface Converter {
        PropertyValue toProperty(Object value);

        Object toModel(PropertyValue value);

        Converter TEXT_LIST = new Converter() {
            @Override
            @SuppressWarnings("unchecked")
            public PropertyValue toProperty(Object value) {
                return new PropertyValue.TextList((List<String>) value);
            }

            @Override
            public Object toModel(PropertyValue value) {
                return value instanceof PropertyValue.TextList l ? l.value() : null;
            }
        };

        static Converter scalar(Class<?> c) {
            if (c == String.class) {
                return of(v -> new PropertyValue.Text((String) v), p -> p instanceof PropertyValue.Text t ? t.value()
                        : p instanceof PropertyValue.Int i ? Long.toString(i.value()) : null);
            }
            if (c == Integer.class) {
                return of(v -> new PropertyValue.Int((Integer) v), p -> p instanceof PropertyValue.Int i
                        && i.value() == (int) i.value() ? (int) i.value() : null);
            }
            if (c == Long.class) {
                return of(v -> new PropertyValue.Int((Long) v), p -> p instanceof PropertyValue.Int i ? i.value() : null);
            }
            if (c == Boolean.class) {
                return of(v -> new PropertyValue.Bool((Boolean) v), p -> p instanceof PropertyValue.Bool b ? b.value()
                        : null);
            }
            if (c == Instant.class) {
                return of(v -> new PropertyValue.Time((Instant) v), p -> p instanceof PropertyValue.Time t ? t.value()
                        : null);
            }
            if (c == Bytes.class) {
                return of(v -> new PropertyValue.Bytes(((Bytes) v).toArray()),
                        p -> p instanceof PropertyValue.Bytes b ? Bytes.of(b.value()) : null);
            }
            if (c == TimeZoneInformation.class) {
                return of(v -> new PropertyValue.Bytes(((TimeZoneInformation) v).toBytes()), p -> {
                    byte[] blob = p instanceof PropertyValue.Bytes b ? b.value() : null;
                    return blob != null && blob.length == TimeZoneInformation.LENGTH
                            ? TimeZoneInformation.parse(blob) : null;
                });
            }
            if (c == BigDecimal.class) {
                return of(v -> new PropertyValue.Text(((BigDecimal) v).toPlainString()), p -> {
                    try {
                        return p instanceof PropertyValue.Text t ? new BigDecimal(t.value()) : null;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                });
            }
            return null;
        }

        static Converter of(java.util.function.Function<Object, PropertyValue> out,
                java.util.function.Function<PropertyValue, Object> in) {
            return new Converter() {
                @Override
                public PropertyValue toProperty(Object value) {
                    return out.apply(value);
                }

                @Override
                public Object toModel(PropertyValue value) {
                    return in.apply(value);
                }
            };
        }

        /** A nested group, e.g. a Flag or a Recurrence; resolved lazily because groups nest. */
        @SuppressWarnings({"rawtypes", "unchecked"})
        record Nested(java.util.function.Supplier<GroupMapping> mapping) implements Converter {
            @Override
            public PropertyValue toProperty(Object value) {
                // An empty group (<Flag/>) clears the property.
                ElementGroup<?> group = (ElementGroup<?>) value;
                return group.isEmpty() ? null : new PropertyValue.Group(mapping.get().toProperties((ElementGroup) group).set());
            }

            @Override
            public Object toModel(PropertyValue value) {
                return value instanceof PropertyValue.Group g ? mapping.get().fromProperties(g.value()) : null;
            }
        }

        /** A list of groups, e.g. attendees or exceptions. */
        @SuppressWarnings({"rawtypes", "unchecked"})
        record Groups(java.util.function.Supplier<GroupMapping> mapping) implements Converter {
            @Override
            public PropertyValue toProperty(Object value) {
                List<PropertyMap> maps = new ArrayList<>();
                for (Object group : (List<?>) value) {
                    maps.add(mapping.get().toProperties((ElementGroup) group).set());
                }
                return new PropertyValue.GroupList(maps);
            }

            @Override
            public Object toModel(PropertyValue value) {
                if (!(value instanceof PropertyValue.GroupList l)) {
                    return null;
                }
                List<Object> groups = new ArrayList<>();
                l.value().forEach(m -> groups.add(mapping.get().fromProperties(m)));
                return groups;
            }
        }
    }
}
