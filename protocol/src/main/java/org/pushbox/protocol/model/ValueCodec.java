package org.pushbox.protocol.model;

import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Maps one element's content to a typed value and back. */
interface ValueCodec<T> {

    /** Reads a non-empty element (or an empty one when {@link #emptyIsCleared()} is false). */
    T decode(WbxmlElement element, DecodeContext ctx) throws DataClassException;

    /** Writes the value under {@code tag}; {@code null} leaves the element out. */
    WbxmlElement encode(Tag tag, T value, EncodeContext ctx);

    /**
     * Whether an empty element means "no value" (a cleared property: 16.x clients send
     * {@code <Reminder/>} to remove a reminder). Text, booleans and containers give an empty
     * element its own meaning instead.
     */
    default boolean emptyIsCleared() {
        return true;
    }
}
