package org.pushbox.storage.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One typed property value. The set is closed so that the persisted format can describe every
 * value a client may send, including nested groups (recurrence, attendees, exceptions).
 */
public sealed interface PropertyValue {

    PropertyType type();

    record Text(String value) implements PropertyValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public PropertyType type() {
            return PropertyType.TEXT;
        }
    }

    record Int(long value) implements PropertyValue {
        @Override
        public PropertyType type() {
            return PropertyType.INTEGER;
        }
    }

    record Bool(boolean value) implements PropertyValue {
        @Override
        public PropertyType type() {
            return PropertyType.BOOLEAN;
        }
    }

    record Time(Instant value) implements PropertyValue {
        public Time {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public PropertyType type() {
            return PropertyType.TIME;
        }
    }

    /** Small opaque bytes (conversation ids, time-zone structures); large content belongs in a blob. */
    record Bytes(byte[] value) implements PropertyValue {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public PropertyType type() {
            return PropertyType.BYTES;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes[" + HexFormat.of().formatHex(value) + "]";
        }
    }

    /** A reference to a stored blob (a contact picture, an inline attachment). */
    record Blob(BlobId value) implements PropertyValue {
        public Blob {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public PropertyType type() {
            return PropertyType.BLOB;
        }
    }

    record TextList(List<String> value) implements PropertyValue {
        public TextList {
            value = List.copyOf(value);
        }

        @Override
        public PropertyType type() {
            return PropertyType.TEXT_LIST;
        }
    }

    record Group(PropertyMap value) implements PropertyValue {
        public Group {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public PropertyType type() {
            return PropertyType.GROUP;
        }
    }

    record GroupList(List<PropertyMap> value) implements PropertyValue {
        public GroupList {
            value = List.copyOf(value);
        }

        @Override
        public PropertyType type() {
            return PropertyType.GROUP_LIST;
        }
    }
}
