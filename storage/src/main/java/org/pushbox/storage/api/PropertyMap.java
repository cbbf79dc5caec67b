package org.pushbox.storage.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable map of typed properties, ordered by key so that its persisted form is stable.
 * Items, account policies and device details use it for everything that is not an indexed column.
 */
public final class PropertyMap {

    public static final PropertyMap EMPTY = new PropertyMap(new TreeMap<>());

    private final Map<String, PropertyValue> values;

    private PropertyMap(TreeMap<String, PropertyValue> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder(new TreeMap<>());
    }

    public Builder toBuilder() {
        return new Builder(new TreeMap<>(values));
    }

    public Map<String, PropertyValue> asMap() {
        return values;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<PropertyValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<PropertyValue> get(PropertyKey key) {
        return get(key.key());
    }

    /** The text of a TEXT property, or null when absent or of another type. */
    public String text(PropertyKey key) {
        return values.get(key.key()) instanceof PropertyValue.Text t ? t.value() : null;
    }

    public Long integer(PropertyKey key) {
        return values.get(key.key()) instanceof PropertyValue.Int i ? i.value() : null;
    }

    public Boolean bool(PropertyKey key) {
        return values.get(key.key()) instanceof PropertyValue.Bool b ? b.value() : null;
    }

    public Instant time(PropertyKey key) {
        return values.get(key.key()) instanceof PropertyValue.Time t ? t.value() : null;
    }

    public PropertyMap group(PropertyKey key) {
        return values.get(key.key()) instanceof PropertyValue.Group g ? g.value() : null;
    }

    public List<PropertyMap> groups(PropertyKey key) {
        return values.get(key.key()) instanceof PropertyValue.GroupList g ? g.value() : List.of();
    }

    /** This map with {@code changes} laid over it and {@code removed} keys dropped. */
    public PropertyMap merge(PropertyMap changes, Collection<String> removed) {
        Builder b = toBuilder();
        removed.forEach(b::remove);
        changes.values.forEach(b::put);
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyMap other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects properties; typed setters check the value against the key's declared type. */
    public static final class Builder {
        private final TreeMap<String, PropertyValue> values;

        private Builder(TreeMap<String, PropertyValue> values) {
            this.values = values;
        }

        public Builder put(String key, PropertyValue value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty property key");
            }
            values.put(key, value);
            return this;
        }

        public Builder put(PropertyKey key, PropertyValue value) {
            if (value.type() != key.type()) {
                throw new IllegalArgumentException(key.key() + " holds " + key.type() + ", not " + value.type());
            }
            return put(key.key(), value);
        }

        public Builder text(PropertyKey key, String value) {
            return value == null ? remove(key.key()) : put(key, new PropertyValue.Text(value));
        }

        public Builder integer(PropertyKey key, long value) {
            return put(key, new PropertyValue.Int(value));
        }

        public Builder bool(PropertyKey key, boolean value) {
            return put(key, new PropertyValue.Bool(value));
        }

        public Builder time(PropertyKey key, Instant value) {
            return value == null ? remove(key.key()) : put(key, new PropertyValue.Time(value));
        }

        public Builder bytes(PropertyKey key, byte[] value) {
            return value == null ? remove(key.key()) : put(key, new PropertyValue.Bytes(value));
        }

        public Builder blob(PropertyKey key, BlobId value) {
            return value == null ? remove(key.key()) : put(key, new PropertyValue.Blob(value));
        }

        public Builder texts(PropertyKey key, List<String> value) {
            return put(key, new PropertyValue.TextList(value));
        }

        public Builder group(PropertyKey key, PropertyMap value) {
            return put(key, new PropertyValue.Group(value));
        }

        public Builder groups(PropertyKey key, List<PropertyMap> value) {
            return put(key, new PropertyValue.GroupList(value));
        }

        public Builder remove(String key) {
            values.remove(key);
            return this;
        }

        public PropertyMap build() {
            return values.isEmpty() ? EMPTY : new PropertyMap(new TreeMap<>(values));
        }
    }
}
