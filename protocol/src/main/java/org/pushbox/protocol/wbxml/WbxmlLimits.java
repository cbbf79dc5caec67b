package org.pushbox.protocol.wbxml;

/**
 * Bounds that the reader enforces while decoding input from the network.
 *
 * <p>Defaults are sized for EAS: the deepest real nesting (Sync / Collections / Collection /
 * Commands / Change / ApplicationData / Recurrence or Exceptions / Exception / Attendees /
 * Attendee / ...) is about 12, so 32 leaves room without letting an attacker build deep stacks.
 * Text and OPAQUE values carry whole mail bodies and MIME messages (SendMail with attachments),
 * so they may be large; the total size bounds everything. Every limit is also bounded by the
 * input length itself: the reader never allocates for bytes that did not arrive.
 */
public final class WbxmlLimits {

    public static final int DEFAULT_MAX_DEPTH = 32;
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 64 << 20;
    public static final int DEFAULT_MAX_STRING_BYTES = 32 << 20;
    public static final int DEFAULT_MAX_OPAQUE_BYTES = 32 << 20;
    public static final int DEFAULT_MAX_ELEMENTS = 500_000;

    /** The defaults above. */
    public static final WbxmlLimits DEFAULTS = new WbxmlLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_DOCUMENT_BYTES,
            DEFAULT_MAX_STRING_BYTES, DEFAULT_MAX_OPAQUE_BYTES, DEFAULT_MAX_ELEMENTS);

    private final int maxDepth;
    private final int maxDocumentBytes;
    private final int maxStringBytes;
    private final int maxOpaqueBytes;
    private final int maxElements;

    private WbxmlLimits(int maxDepth, int maxDocumentBytes, int maxStringBytes, int maxOpaqueBytes, int maxElements) {
        this.maxDepth = positive(maxDepth, "maxDepth");
        this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
        this.maxStringBytes = positive(maxStringBytes, "maxStringBytes");
        this.maxOpaqueBytes = positive(maxOpaqueBytes, "maxOpaqueBytes");
        this.maxElements = positive(maxElements, "maxElements");
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** Maximum element nesting; the root element is at depth 1. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Maximum size of the whole WBXML document, header included. */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** Maximum UTF-8 length of one STR_I string (terminator excluded). */
    public int maxStringBytes() {
        return maxStringBytes;
    }

    /** Maximum length of one OPAQUE value. */
    public int maxOpaqueBytes() {
        return maxOpaqueBytes;
    }

    /** Maximum number of elements in the document. */
    public int maxElements() {
        return maxElements;
    }

    public WbxmlLimits withMaxDepth(int value) {
        return new WbxmlLimits(value, maxDocumentBytes, maxStringBytes, maxOpaqueBytes, maxElements);
    }

    public WbxmlLimits withMaxDocumentBytes(int value) {
        return new WbxmlLimits(maxDepth, value, maxStringBytes, maxOpaqueBytes, maxElements);
    }

    public WbxmlLimits withMaxStringBytes(int value) {
        return new WbxmlLimits(maxDepth, maxDocumentBytes, value, maxOpaqueBytes, maxElements);
    }

    public WbxmlLimits withMaxOpaqueBytes(int value) {
        return new WbxmlLimits(maxDepth, maxDocumentBytes, maxStringBytes, value, maxElements);
    }

    public WbxmlLimits withMaxElements(int value) {
        return new WbxmlLimits(maxDepth, maxDocumentBytes, maxStringBytes, maxOpaqueBytes, value);
    }

    @Override
    public String toString() {
        return "WbxmlLimits[maxDepth=" + maxDepth + ", maxDocumentBytes=" + maxDocumentBytes + ", maxStringBytes="
                + maxStringBytes + ", maxOpaqueBytes=" + maxOpaqueBytes + ", maxElements=" + maxElements + "]";
    }
}
