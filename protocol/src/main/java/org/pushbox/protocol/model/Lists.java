package org.pushbox.protocol.model;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Codecs for containers of repeated items ({@code Categories/Category}, {@code Attendees/Attendee}). */
final class Lists {

    private Lists() {
    }

    /**
     * A container holding only {@code item} children, at most {@code maxItems} of them; an empty
     * container is an empty list (which clears the property).
     */
    static <T> ValueCodec<List<T>> of(Tag item, ValueCodec<T> itemCodec, int maxItems) {
        Field<T> itemField = Field.of(item, itemCodec);
        return new ValueCodec<>() {
            @Override
            public List<T> decode(WbxmlElement container, DecodeContext ctx) throws DataClassException {
                if (container.content() == WbxmlElement.Content.TEXT || container.content() == WbxmlElement.Content.OPAQUE) {
                    throw new DataClassException(container.tag(), "holds a value where <" + item + "> elements belong");
                }
                List<WbxmlElement> children = container.children();
                if (children.size() > maxItems) {
                    throw new DataClassException(container.tag(), children.size() + " items, at most " + maxItems + " allowed");
                }
                List<T> values = new ArrayList<>(children.size());
                for (WbxmlElement child : children) {
                    if (!child.tag().equals(item)) {
                        throw new DataClassException(child.tag(), "not allowed in <" + container.tag() + ">");
                    }
                    T value = itemField.decode(child, ctx);
                    if (value == null) {
                        throw new DataClassException(child.tag(), "an item of <" + container.tag() + "> is empty");
                    }
                    values.add(value);
                }
                return List.copyOf(values);
            }

            @Override
            public WbxmlElement encode(Tag tag, List<T> values, EncodeContext ctx) {
                List<WbxmlElement> children = new ArrayList<>(values.size());
                for (T v : values) {
                    children.add(itemField.encode(v, ctx));
                }
                return WbxmlElement.of(tag, children);
            }

            @Override
            public boolean emptyIsCleared() {
                return false;
            }
        };
    }
}
