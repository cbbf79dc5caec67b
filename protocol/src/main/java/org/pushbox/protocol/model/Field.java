package org.pushbox.protocol.model;

import java.util.function.Predicate;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A typed property of a data class: one child element (e.g. {@code Email:Subject}) and the
 * type of its value. The public constants on each model class ({@code Email.SUBJECT},
 * {@code CalendarEvent.START_TIME}) are the keys for {@link ElementGroup#get} and
 * {@link ElementGroup#with}; a field is identified by the constant itself.
 *
 * @param <T> the value type: String, Boolean, Integer, Long, Instant, BigDecimal, Bytes,
 *     TimeZoneInformation, a nested group, or a List of those
 */
public final class Field<T> {

    private final Tag tag;
    private final ValueCodec<T> codec;
    private final Predicate<EncodeContext> sentWhen;

    private Field(Tag tag, ValueCodec<T> codec, Predicate<EncodeContext> sentWhen) {
        this.tag = tag;
        this.codec = codec;
        this.sentWhen = sentWhen;
    }

    static <T> Field<T> of(Tag tag, ValueCodec<T> codec) {
        return new Field<>(tag, codec, ctx -> true);
    }

    /** The same field, sent only where {@code rule} also holds (beyond the tag's own versions). */
    Field<T> sentOnlyWhen(Predicate<EncodeContext> rule) {
        return new Field<>(tag, codec, sentWhen.and(rule));
    }

    /** The element this field maps. */
    public Tag tag() {
        return tag;
    }

    /** Whether the field is written for this target: the version knows the tag and any extra rule holds. */
    boolean sentIn(EncodeContext ctx) {
        return ctx.knows(tag) && sentWhen.test(ctx);
    }

    /** The value of an element; {@code null} for an empty element that clears the property. */
    T decode(WbxmlElement element, DecodeContext ctx) throws DataClassException {
        if (element.content() == WbxmlElement.Content.EMPTY && codec.emptyIsCleared()) {
            return null;
        }
        return codec.decode(element, ctx);
    }

    /** The element for a value; {@code null} (a cleared property) is an empty element. */
    @SuppressWarnings("unchecked")
    WbxmlElement encode(Object value, EncodeContext ctx) {
        return value == null ? WbxmlElement.empty(tag) : codec.encode(tag, (T) value, ctx);
    }

    @Override
    public String toString() {
        return tag.toString();
    }
}
