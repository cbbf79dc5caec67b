package org.pushbox.protocol.wbxml;

/**
 * WBXML input that pushbox does not accept, with the byte offset where the problem was found.
 *
 * <p>The offset is that of the first byte of the offending token (tag, STR_I, OPAQUE, ...), of the
 * offending byte inside a string for malformed UTF-8, or the input length when the input ends too
 * early. The {@link Kind} lets a command map the error to an EAS status (e.g. 102/103) or HTTP 400.
 */
public final class WbxmlException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem the input has. */
    public enum Kind {
        /** Not well-formed WBXML: truncated, unbalanced, bad header, bad UTF-8, trailing bytes. */
        MALFORMED,
        /** Valid WBXML that EAS never uses: string tables, entities, attributes, literals, extensions, PIs. */
        UNSUPPORTED,
        /** A code page or token that the EAS code-page table does not define. */
        UNKNOWN_TAG,
        /** A configured {@link WbxmlLimits} limit was exceeded. */
        LIMIT_EXCEEDED
    }

    private final Kind kind;
    private final int offset;

    public WbxmlException(Kind kind, int offset, String message) {
        super(message + " (at byte offset " + offset + ")");
        this.kind = kind;
        this.offset = offset;
    }

    public Kind kind() {
        return kind;
    }

    /** The byte offset in the input (0 = first header byte) where the problem was found. */
    public int offset() {
        return offset;
    }
}
