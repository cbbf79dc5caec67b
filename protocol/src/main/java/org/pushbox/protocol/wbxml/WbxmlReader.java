package org.pushbox.protocol.wbxml;

import static org.pushbox.protocol.wbxml.WbxmlException.Kind.LIMIT_EXCEEDED;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.MALFORMED;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.UNKNOWN_TAG;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.UNSUPPORTED;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.pushbox.protocol.codepage.CodePage;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/**
 * A pull reader for the WBXML subset that EAS uses: header {@code 03 01 6A 00}, SWITCH_PAGE, END,
 * STR_I, OPAQUE and tags with or without content. Anything else is a {@link WbxmlException}.
 *
 * <pre>{@code
 * WbxmlReader r = new WbxmlReader(body);
 * while (r.next() != WbxmlReader.Event.END_DOCUMENT) { ... r.tag() ... r.text() ... }
 * }</pre>
 *
 * An element without content (the bare token, e.g. {@code <MoreAvailable/>}) is reported as a
 * START_TAG immediately followed by its END_TAG. The reader works on the byte array it is given
 * (no copy) and allocates only for the strings and OPAQUE values it returns, never more than the
 * bytes that actually arrived. It is not thread-safe.
 */
public final class WbxmlReader {

    /** What {@link #next()} found. */
    public enum Event {
        START_TAG, END_TAG, TEXT, OPAQUE, END_DOCUMENT
    }

    private static final int SWITCH_PAGE = 0x00;
    private static final int END = 0x01;
    private static final int STR_I = 0x03;
    private static final int OPAQUE = 0xC3;
    private static final int CONTENT = 0x40;
    private static final int ATTRIBUTES = 0x80;
    private static final int UTF_8_MIBENUM = 106;
    private static final int UNKNOWN_PUBLIC_ID = 1;

    private final byte[] buf;
    private final int base;
    private final int end;
    private final WbxmlLimits limits;
    private final int version;

    private int pos;
    private CodePage page;
    private Tag[] open = new Tag[8];
    private int openCount;
    private int elements;
    private boolean rootSeen;
    private boolean rootDone;
    private boolean pendingEmptyEnd;

    private Event event;
    private Tag tag;
    private boolean tagHasContent;
    private int eventDepth;
    private int tokenOffset;
    private String text;
    private int opaqueStart;
    private int opaqueLength;

    /** Reads {@code input} with {@link WbxmlLimits#DEFAULTS}; checks the header at once. */
    public WbxmlReader(byte[] input) throws WbxmlException {
        this(input, 0, input.length, WbxmlLimits.DEFAULTS);
    }

    public WbxmlReader(byte[] input, WbxmlLimits limits) throws WbxmlException {
        this(input, 0, input.length, limits);
    }

    /** Reads {@code length} bytes of {@code input} from {@code offset}; error offsets count from {@code offset}. */
    public WbxmlReader(byte[] input, int offset, int length, WbxmlLimits limits) throws WbxmlException {
        if (offset < 0 || length < 0 || offset > input.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + input.length);
        }
        this.buf = input;
        this.base = offset;
        this.end = offset + length;
        this.limits = limits;
        this.pos = offset;
        if (length > limits.maxDocumentBytes()) {
            throw new WbxmlException(LIMIT_EXCEEDED, limits.maxDocumentBytes(),
                    "document of " + length + " bytes is larger than the limit of " + limits.maxDocumentBytes());
        }
        this.version = readHeader();
        this.page = CodePages.page(0);
    }

    private int readHeader() throws WbxmlException {
        if (pos >= end) {
            throw new WbxmlException(MALFORMED, 0, "empty input: no WBXML header");
        }
        int v = buf[pos++] & 0xFF;
        // WBXML 1.1-1.3 encode tags, END, SWITCH_PAGE, STR_I and OPAQUE identically; every real
        // device in the corpus sends 1.3, but an older declared version costs nothing to accept.
        if (v < 0x01 || v > 0x03) {
            throw new WbxmlException(UNSUPPORTED, 0, String.format("WBXML version byte 0x%02X is not 1.1-1.3", v));
        }
        int at = offset();
        long publicId = readMbUInt32("public identifier");
        if (publicId != UNKNOWN_PUBLIC_ID) {
            throw new WbxmlException(UNSUPPORTED, at, "public identifier " + publicId
                    + " is not EAS's 1 (unknown)" + (publicId == 0 ? "; a string-table public id is never used by EAS" : ""));
        }
        at = offset();
        long charset = readMbUInt32("charset");
        if (charset != UTF_8_MIBENUM) {
            throw new WbxmlException(UNSUPPORTED, at, "charset MIBenum " + charset + " is not UTF-8 (106)");
        }
        at = offset();
        long tableLength = readMbUInt32("string table length");
        if (tableLength != 0) {
            throw new WbxmlException(UNSUPPORTED, at, "string table of " + tableLength + " bytes: EAS never uses one");
        }
        return v;
    }

    /** The WBXML version byte of the header (0x03 for WBXML 1.3). */
    public int wbxmlVersion() {
        return version;
    }

    /** Moves to the next event. After END_DOCUMENT it keeps returning END_DOCUMENT. */
    public Event next() throws WbxmlException {
        text = null;
        if (pendingEmptyEnd) {
            pendingEmptyEnd = false;
            event = Event.END_TAG;
            if (openCount == 0) {
                rootDone = true;
            }
            return event;
        }
        while (true) {
            if (pos >= end) {
                return endOfInput();
            }
            tokenOffset = pos - base;
            int b = buf[pos++] & 0xFF;
            if (rootDone) {
                throw new WbxmlException(MALFORMED, tokenOffset, (b == SWITCH_PAGE || isTag(b)
                        ? "a second root element" : String.format("trailing byte 0x%02X", b))
                        + " after the end of the root element");
            }
            switch (b) {
                case SWITCH_PAGE:
                    switchPage();
                    continue;
                case END:
                    return endTag();
                case STR_I:
                    return strI();
                case OPAQUE:
                    return opaqueToken();
                default:
                    return startTag(b);
            }
        }
    }

    private static boolean isTag(int b) {
        return (b & 0x3F) >= 0x05 && (b & ATTRIBUTES) == 0;
    }

    private Event endOfInput() throws WbxmlException {
        if (openCount > 0) {
            throw new WbxmlException(MALFORMED, end - base, "input ends inside <" + open[openCount - 1]
                    + "> with " + openCount + " element(s) still open");
        }
        if (!rootSeen) {
            throw new WbxmlException(MALFORMED, end - base, "input ends before the root element");
        }
        tokenOffset = end - base;
        eventDepth = 0;
        tag = null;
        event = Event.END_DOCUMENT;
        return event;
    }

    private void switchPage() throws WbxmlException {
        if (pos >= end) {
            throw new WbxmlException(MALFORMED, tokenOffset, "input ends inside SWITCH_PAGE (no page number)");
        }
        int number = buf[pos++] & 0xFF;
        CodePage next = CodePages.page(number);
        if (next == null) {
            throw new WbxmlException(UNKNOWN_TAG, tokenOffset, "SWITCH_PAGE to code page " + number
                    + ", which EAS does not define (0-" + (CodePages.pages().size() - 1) + ")");
        }
        page = next;
    }

    private Event endTag() throws WbxmlException {
        if (openCount == 0) {
            throw new WbxmlException(MALFORMED, tokenOffset, "END without an open element");
        }
        tag = open[--openCount];
        eventDepth = openCount + 1;
        if (openCount == 0) {
            rootDone = true;
        }
        event = Event.END_TAG;
        return event;
    }

    private Event startTag(int b) throws WbxmlException {
        if ((b & 0x3F) < 0x05) {
            throw new WbxmlException(UNSUPPORTED, tokenOffset, globalTokenName(b) + " is not used by EAS");
        }
        if ((b & ATTRIBUTES) != 0) {
            throw new WbxmlException(UNSUPPORTED, tokenOffset, String.format(
                    "tag byte 0x%02X has the attribute bit 0x80; EAS elements never carry attributes", b));
        }
        Tag t = page.tag(b & 0x3F);
        if (t == null) {
            throw new WbxmlException(UNKNOWN_TAG, tokenOffset, String.format(
                    "token 0x%02X is not defined on code page %d (%s)", b & 0x3F, page.number(), page.namespace()));
        }
        if (++elements > limits.maxElements()) {
            throw new WbxmlException(LIMIT_EXCEEDED, tokenOffset,
                    "more than " + limits.maxElements() + " elements");
        }
        int depth = openCount + 1;
        if (depth > limits.maxDepth()) {
            throw new WbxmlException(LIMIT_EXCEEDED, tokenOffset,
                    "<" + t + "> would nest " + depth + " deep; the limit is " + limits.maxDepth());
        }
        rootSeen = true;
        tag = t;
        eventDepth = depth;
        tagHasContent = (b & CONTENT) != 0;
        if (tagHasContent) {
            if (openCount == open.length) {
                open = Arrays.copyOf(open, Math.min(open.length * 2, limits.maxDepth()));
            }
            open[openCount++] = t;
        } else {
            pendingEmptyEnd = true;
        }
        event = Event.START_TAG;
        return event;
    }

    private Event strI() throws WbxmlException {
        requireOpen("STR_I");
        int from = pos;
        int limit = limits.maxStringBytes();
        int scanEnd = end - from > limit ? from + limit + 1 : end;
        int i = from;
        int high = 0;
        while (i < scanEnd) {
            byte c = buf[i];
            if (c == 0) {
                break;
            }
            high |= c;
            i++;
        }
        if (i == scanEnd) {
            if (scanEnd < end) {
                throw new WbxmlException(LIMIT_EXCEEDED, tokenOffset,
                        "STR_I longer than the limit of " + limit + " bytes");
            }
            throw new WbxmlException(MALFORMED, tokenOffset, "input ends inside STR_I (no terminating NUL)");
        }
        if (high >= 0) {
            text = new String(buf, from, i - from, StandardCharsets.ISO_8859_1); // all ASCII
        } else {
            // The JDK decoder turns every malformed sequence (RFC 3629: overlong, surrogate, above
            // U+10FFFF, truncated) into U+FFFD, so the strict scan is needed only when one appears:
            // one pass fewer over every non-ASCII string, the reader's hottest path.
            text = new String(buf, from, i - from, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                int bad = Utf8.firstMalformed(buf, from, i);
                if (bad >= 0) {
                    text = null;
                    throw new WbxmlException(MALFORMED, bad - base, "STR_I starting at byte offset " + tokenOffset
                            + String.format(" holds malformed UTF-8 (byte 0x%02X)", buf[bad] & 0xFF));
                }
            }
        }
        pos = i + 1;
        eventDepth = openCount;
        event = Event.TEXT;
        return event;
    }

    private Event opaqueToken() throws WbxmlException {
        requireOpen("OPAQUE");
        long length = readMbUInt32("OPAQUE length");
        if (length > limits.maxOpaqueBytes()) {
            throw new WbxmlException(LIMIT_EXCEEDED, tokenOffset,
                    "OPAQUE of " + length + " bytes is larger than the limit of " + limits.maxOpaqueBytes());
        }
        if (length > end - pos) {
            throw new WbxmlException(MALFORMED, tokenOffset,
                    "OPAQUE of " + length + " bytes but only " + (end - pos) + " bytes left");
        }
        opaqueStart = pos;
        opaqueLength = (int) length;
        pos += opaqueLength;
        eventDepth = openCount;
        event = Event.OPAQUE;
        return event;
    }

    private void requireOpen(String what) throws WbxmlException {
        if (openCount == 0) {
            throw new WbxmlException(MALFORMED, tokenOffset, what + " outside of any element");
        }
    }

    /** Reads WBXML's mb_u_int32; the error offset is that of the current token. */
    private long readMbUInt32(String what) throws WbxmlException {
        int first = pos;
        long value = 0;
        for (int n = 0; n < 5; n++) {
            if (pos >= end) {
                throw new WbxmlException(MALFORMED, first - base, "input ends inside the " + what);
            }
            int b = buf[pos++] & 0xFF;
            value = value << 7 | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (value > 0xFFFF_FFFFL) {
                    throw new WbxmlException(MALFORMED, first - base, "the " + what + " overflows 32 bits");
                }
                return value;
            }
        }
        throw new WbxmlException(MALFORMED, first - base, "the " + what + " is longer than 5 bytes");
    }

    private static String globalTokenName(int b) {
        switch (b) {
            case 0x02: return "ENTITY";
            case 0x04: return "LITERAL";
            case 0x40: case 0x41: case 0x42: return "EXT_I_" + (b - 0x40);
            case 0x43: return "PI";
            case 0x44: return "LITERAL_C";
            case 0x80: case 0x81: case 0x82: return "EXT_T_" + (b - 0x80);
            case 0x83: return "STR_T";
            case 0x84: return "LITERAL_A";
            case 0xC0: case 0xC1: case 0xC2: return "EXT_" + (b - 0xC0);
            case 0xC4: return "LITERAL_AC";
            default: return String.format("global token 0x%02X", b);
        }
    }

    /** The last event returned by {@link #next()}, or {@code null} before the first call. */
    public Event event() {
        return event;
    }

    /** The element of the current START_TAG or END_TAG event. */
    public Tag tag() {
        return event == Event.START_TAG || event == Event.END_TAG ? tag : null;
    }

    /** For START_TAG: whether the tag byte had the content bit (false for the bare token of an empty element). */
    public boolean hasContent() {
        return event == Event.START_TAG && tagHasContent;
    }

    /** The string of the current TEXT event. */
    public String text() {
        return text;
    }

    /** A copy of the bytes of the current OPAQUE event. */
    public byte[] opaque() {
        checkOpaque();
        return Arrays.copyOfRange(buf, opaqueStart, opaqueStart + opaqueLength);
    }

    /** The bytes of the current OPAQUE event as a read-only view of the input, without copying. */
    public ByteBuffer opaqueView() {
        checkOpaque();
        return ByteBuffer.wrap(buf, opaqueStart, opaqueLength).slice().asReadOnlyBuffer();
    }

    /** Length of the current OPAQUE value. */
    public int opaqueLength() {
        checkOpaque();
        return opaqueLength;
    }

    private void checkOpaque() {
        if (event != Event.OPAQUE) {
            throw new IllegalStateException("current event is " + event + ", not OPAQUE");
        }
    }

    /** Byte offset of the token of the current event (for END_DOCUMENT: the input length). */
    public int tokenOffset() {
        return tokenOffset;
    }

    /** Byte offset of the next unread byte. */
    public int offset() {
        return pos - base;
    }

    /**
     * Nesting depth of the current event: the root's START_TAG and END_TAG are at depth 1, text
     * inside the root is at depth 1, END_DOCUMENT at 0.
     */
    public int depth() {
        return eventDepth;
    }

    /**
     * Reads a whole element as a tree. Before the first {@link #next()} it reads the whole
     * document (and checks that nothing follows the root); on a START_TAG it reads that element
     * and leaves the reader on its END_TAG.
     */
    public WbxmlElement readTree() throws WbxmlException {
        if (event == null) {
            next();
            WbxmlElement root = TreeBuilder.readElement(this);
            next(); // END_DOCUMENT, or the trailing-bytes error
            return root;
        }
        if (event != Event.START_TAG) {
            throw new IllegalStateException("readTree() needs a START_TAG, the reader is on " + event);
        }
        return TreeBuilder.readElement(this);
    }

    /** Where the tree builder reports mixed content: the current token. */
    WbxmlException contentError(String message) {
        return new WbxmlException(MALFORMED, tokenOffset, message);
    }

    void opaqueTo(ByteSink sink) {
        sink.write(buf, opaqueStart, opaqueLength);
    }

    byte[] opaqueBytesUnchecked() {
        return Arrays.copyOfRange(buf, opaqueStart, opaqueStart + opaqueLength);
    }
}
