package org.pushbox.protocol.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.protocol.codepage.Tag;

/**
 * The fields a container element maps, in canonical order, and whether that order is required:
 * {@code xs:sequence} containers (AirSyncBase Body, Email MeetingRequest and its Recurrence) are
 * always written in schema order; the others ({@code xs:choice}/{@code xs:all}, e.g. the
 * ApplicationData of every class) keep the order in which the client sent the children.
 */
final class Schema {

    private final List<Field<?>> fields;
    private final Map<Tag, Field<?>> byTag = new HashMap<>();
    private final Map<Field<?>, Integer> index = new IdentityHashMap<>();
    private final boolean sequence;

    private Schema(boolean sequence, Field<?>... fields) {
        this.sequence = sequence;
        this.fields = List.of(fields);
        for (int i = 0; i < fields.length; i++) {
            if (byTag.put(fields[i].tag(), fields[i]) != null) {
                throw new IllegalArgumentException("two fields for " + fields[i].tag());
            }
            index.put(fields[i], i);
        }
    }

    /** Children in any order; the canonical order is used only for fields added by {@code with}. */
    static Schema anyOrder(Field<?>... fields) {
        return new Schema(false, fields);
    }

    /** Children always written in this order. */
    static Schema sequence(Field<?>... fields) {
        return new Schema(true, fields);
    }

    boolean isSequence() {
        return sequence;
    }

    List<Field<?>> fields() {
        return fields;
    }

    /** The field for a child tag, or {@code null} when this container does not map it. */
    Field<?> field(Tag tag) {
        return byTag.get(tag);
    }

    /** The canonical position of a field, or -1 when it is not one of this schema's. */
    int indexOf(Field<?> field) {
        return index.getOrDefault(field, -1);
    }
}
