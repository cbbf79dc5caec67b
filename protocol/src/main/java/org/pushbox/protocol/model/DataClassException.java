package org.pushbox.protocol.model;

import org.pushbox.protocol.codepage.Tag;

/**
 * A value in ApplicationData that its data class does not allow: a malformed date, a non-numeric
 * or out-of-range integer, a time-zone blob of the wrong length, an oversize picture, a value where
 * elements belong. It names the element so that the Sync processor can answer that one item with
 * Status 6 ("error in client/server conversion") and log what was wrong.
 */
public final class DataClassException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Tag element;

    public DataClassException(Tag element, String problem) {
        super("<" + element + ">: " + problem);
        this.element = element;
    }

    /** The element whose value was refused. */
    public Tag element() {
        return element;
    }
}
