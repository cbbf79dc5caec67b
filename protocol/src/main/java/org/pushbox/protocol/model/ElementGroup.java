package org.pushbox.protocol.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * An immutable container element of a data class (ApplicationData of an e-mail, a calendar
 * Attendee, a Body ...) as typed values keyed by {@link Field}, plus every child the model does
 * not map, kept verbatim ("extras") so that nothing a client sends is lost.
 *
 * <p>The children keep the order in which they were decoded; fields added with {@link #with}
 * go to their canonical place. A field can be present with a value, present but cleared (an
 * empty element: {@link #isCleared}), or absent; the Sync processor needs that distinction
 * because absent means "unchanged" for ghosted properties and empty means "delete".
 *
 * @param <G> the concrete group type
 */
public abstract class ElementGroup<G extends ElementGroup<G>> {

    private final List<Entry> entries;

    ElementGroup(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The fields this container maps. */
    abstract Schema schema();

    /** A group of the same type with these entries. */
    abstract G create(List<Entry> entries);

    @SuppressWarnings("unchecked")
    private G self() {
        return (G) this;
    }

    /** The value of a field; {@code null} when absent or cleared. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        Entry e = find(field);
        return e == null ? null : (T) e.value();
    }

    /** Whether the field was sent (with a value or cleared). */
    public boolean has(Field<?> field) {
        return find(field) != null;
    }

    /** Whether the field is present as an empty element, i.e. the property is to be removed. */
    public boolean isCleared(Field<?> field) {
        Entry e = find(field);
        return e != null && e.value() == null;
    }

    /** The fields present, in element order. */
    public List<Field<?>> fields() {
        List<Field<?>> present = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.isExtra()) {
                present.add(e.field());
            }
        }
        return Collections.unmodifiableList(present);
    }

    /** The children the model does not map, in element order. */
    public List<WbxmlElement> extras() {
        List<WbxmlElement> extras = new ArrayList<>();
        for (Entry e : entries) {
            if (e.isExtra()) {
                extras.add(e.extra());
            }
        }
        return Collections.unmodifiableList(extras);
    }

    /** Whether nothing at all is present. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * A copy with the field set; {@code null} makes it cleared (sent as an empty element). An
     * existing value is replaced in place; a new one goes to its canonical position.
     */
    public <T> G with(Field<T> field, T value) {
        int canonical = schema().indexOf(field);
        if (canonical < 0) {
            throw new IllegalArgumentException(field + " is not a field of " + getClass().getSimpleName());
        }
        List<Entry> copy = new ArrayList<>(entries);
        Entry entry = Entry.of(field, value);
        int at = indexOf(field);
        if (at >= 0) {
            copy.set(at, entry);
            return create(copy);
        }
        int insert = copy.size();
        for (int i = 0; i < copy.size(); i++) {
            Entry e = copy.get(i);
            if (!e.isExtra() && schema().indexOf(e.field()) > canonical) {
                insert = i;
                break;
            }
        }
        copy.add(insert, entry);
        return create(copy);
    }

    /** A copy without the field. */
    public G without(Field<?> field) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.removeIf(e -> e.field() == field);
        return create(copy);
    }

    /** A copy with one more unmapped child, written back as it is. */
    public G withExtra(WbxmlElement element) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.add(Entry.extra(element));
        return create(copy);
    }

    /**
     * The container element for a target version and direction: only the elements the version
     * knows (and, where the version changed an element's form, that version's form).
     */
    public WbxmlElement encode(Tag container, ProtocolVersion version, EncodeOptions options) {
        return encode(container, EncodeContext.of(version, options));
    }

    WbxmlElement encode(Tag container, EncodeContext ctx) {
        ElementGroup<G> adapted = adaptTo(ctx);
        List<Entry> ordered = new ArrayList<>(adapted.entries);
        if (schema().isSequence()) {
            // Stable: extras (index -1 mapped to the end) keep their relative order.
            ordered.sort(Comparator.comparingInt(e -> e.isExtra() ? Integer.MAX_VALUE : schema().indexOf(e.field())));
        }
        List<WbxmlElement> children = new ArrayList<>();
        for (Entry e : ordered) {
            WbxmlElement child;
            if (e.isExtra()) {
                child = ctx.knows(e.extra().tag()) ? e.extra() : null;
            } else {
                child = e.field().sentIn(ctx) ? e.field().encode(e.value(), ctx) : null;
            }
            if (child != null) {
                children.add(child);
            }
        }
        return WbxmlElement.of(container, children);
    }

    /**
     * This group in the form a target expects where versions differ (e.g. 16.x InstanceId for
     * ExceptionStartTime); the default changes nothing.
     */
    G adaptTo(EncodeContext ctx) {
        return self();
    }

    /** A copy where {@code old} (if present and {@code replacement} is absent) becomes {@code replacement} in place. */
    <T> G replace(Field<?> old, Field<T> replacement, T value) {
        int at = indexOf(old);
        if (at < 0 || has(replacement)) {
            return self();
        }
        List<Entry> copy = new ArrayList<>(entries);
        copy.set(at, Entry.of(replacement, value));
        return create(copy);
    }

    /** Reads a container's children against a schema: mapped fields typed, everything else kept. */
    static List<Entry> decodeEntries(WbxmlElement container, Schema schema, DecodeContext ctx)
            throws DataClassException {
        WbxmlElement.Content content = container.content();
        if (content == WbxmlElement.Content.TEXT || content == WbxmlElement.Content.OPAQUE) {
            throw new DataClassException(container.tag(), "holds a value where elements belong");
        }
        List<Entry> entries = new ArrayList<>(container.children().size());
        Set<Field<?>> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (WbxmlElement child : container.children()) {
            Field<?> field = schema.field(child.tag());
            if (field == null || !seen.add(field)) {
                // Unmapped, or a repeated single-valued element: keep it rather than guess.
                entries.add(Entry.extra(child));
            } else {
                entries.add(Entry.of(field, field.decode(child, ctx)));
            }
        }
        return entries;
    }

    /** A codec for a nested group: an empty element is an empty group. */
    static <G extends ElementGroup<G>> ValueCodec<G> codec(Schema schema, Function<List<Entry>, G> factory) {
        return new ValueCodec<>() {
            @Override
            public G decode(WbxmlElement element, DecodeContext ctx) throws DataClassException {
                return factory.apply(decodeEntries(element, schema, ctx));
            }

            @Override
            public WbxmlElement encode(Tag tag, G value, EncodeContext ctx) {
                return value.encode(tag, ctx);
            }

            @Override
            public boolean emptyIsCleared() {
                return false;
            }
        };
    }

    private Entry find(Field<?> field) {
        int at = indexOf(field);
        return at < 0 ? null : entries.get(at);
    }

    private int indexOf(Field<?> field) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).field() == field) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && entries.equals(((ElementGroup<?>) o).entries);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
        for (Entry e : entries) {
            if (sb.charAt(sb.length() - 1) != '{') {
                sb.append(", ");
            }
            if (e.isExtra()) {
                sb.append("extra ").append(e.extra());
            } else {
                sb.append(e.field().tag().name()).append('=').append(e.value());
            }
        }
        return sb.append('}').toString();
    }
}
