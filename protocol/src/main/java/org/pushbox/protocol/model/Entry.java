package org.pushbox.protocol.model;

import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * One child of a container: a mapped field with its value ({@code null} = sent empty, i.e.
 * cleared) or an element the model does not map, kept verbatim as {@code extra}.
 */
record Entry(Field<?> field, Object value, WbxmlElement extra) {

    static Entry of(Field<?> field, Object value) {
        return new Entry(field, value, null);
    }

    static Entry extra(WbxmlElement element) {
        return new Entry(null, null, element);
    }

    boolean isExtra() {
        return field == null;
    }
}
