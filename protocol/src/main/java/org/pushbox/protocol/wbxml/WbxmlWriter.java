package org.pushbox.protocol.wbxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.pushbox.protocol.codepage.Tag;

/**
 * A streaming WBXML writer for EAS: header {@code 03 01 6A 00}, SWITCH_PAGE only when the page
 * changes, the content bit 0x40 on tags that have content and the bare token on empty elements,
 * strings as STR_I (UTF-8), bytes as OPAQUE.
 *
 * <pre>{@code
 * WbxmlWriter w = new WbxmlWriter();
 * w.start(FOLDER_SYNC).textElement(SYNC_KEY, "0").end();
 * byte[] body = w.toByteArray();
 * }</pre>
 *
 * Whether an element is empty is decided when the next call arrives, so {@code start(t)} followed
 * by {@code end()} writes the bare token. Text and child elements are never mixed in one element
 * (EAS does not do it, and the tree reader refuses it). Misuse (END without START, a second root,
 * NUL in a string) is an {@link IllegalStateException} or {@link IllegalArgumentException}: it is
 * a bug in the caller, not bad input. Errors of the underlying stream surface as
 * {@link UncheckedIOException}. Not thread-safe.
 */
public final class WbxmlWriter {

    private static final byte[] HEADER = {0x03, 0x01, 0x6A, 0x00};
    private static final int FLUSH_AT = 8192;
    private static final byte NOTHING = 0;
    private static final byte CHILDREN = 1;
    private static final byte TEXT = 2;
    private static final byte OPAQUE = 3;

    private final ByteSink out;
    private final OutputStream stream;
    private int page;
    private Tag pending;
    private Tag[] open = new Tag[16];
    private byte[] holds = new byte[16];
    private int depth;
    private boolean rootDone;
    private boolean finished;

    /** Writes into a growable in-memory buffer; take the result with {@link #toByteArray()}. */
    public WbxmlWriter() {
        this(null, 256);
    }

    /** Writes to {@code stream}, buffering up to about 8 KB; {@link #finish()} flushes the rest. */
    public WbxmlWriter(OutputStream stream) {
        this(Objects.requireNonNull(stream, "stream"), FLUSH_AT + 1024);
    }

    private WbxmlWriter(OutputStream stream, int capacity) {
        this.stream = stream;
        this.out = new ByteSink(capacity);
        out.write(HEADER, 0, HEADER.length);
    }

    /** Opens an element; its content follows, then {@link #end()}. */
    public WbxmlWriter start(Tag tag) {
        beginChild(tag);
        pending = tag;
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            holds = Arrays.copyOf(holds, depth * 2);
        }
        open[depth] = tag;
        holds[depth++] = NOTHING;
        return this;
    }

    /** Writes an element without content, e.g. {@code <MoreAvailable/>}. */
    public WbxmlWriter empty(Tag tag) {
        beginChild(tag);
        writeTag(tag, false);
        if (depth == 0) {
            rootDone = true;
        }
        spill();
        return this;
    }

    /** Writes {@code <tag>text</tag>}. */
    public WbxmlWriter textElement(Tag tag, String text) {
        return start(tag).text(text).end();
    }

    /** Writes {@code <tag>OPAQUE</tag>}. */
    public WbxmlWriter opaqueElement(Tag tag, byte[] bytes) {
        return start(tag).opaque(bytes).end();
    }

    /** Writes a string as STR_I into the open element; NUL and unpaired surrogates are refused. */
    public WbxmlWriter text(String text) {
        beginValue(TEXT, "text");
        int mark = out.size;
        try {
            writeStrI(text);
        } catch (IllegalArgumentException e) {
            out.size = mark;
            throw e;
        }
        spill();
        return this;
    }

    /** Writes bytes as OPAQUE into the open element. */
    public WbxmlWriter opaque(byte[] bytes) {
        return opaque(bytes, 0, bytes.length);
    }

    public WbxmlWriter opaque(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        beginValue(OPAQUE, "OPAQUE");
        out.write(0xC3);
        writeMbUInt32(out, length);
        if (stream != null && length > FLUSH_AT) {
            // large values bypass the buffer, so everything before them must go out first
            flushTo(out.buf, 0, out.size);
            out.size = 0;
            flushTo(bytes, offset, length);
        } else {
            out.write(bytes, offset, length);
            spill();
        }
        return this;
    }

    /** Closes the innermost open element. */
    public WbxmlWriter end() {
        if (depth == 0) {
            throw new IllegalStateException("end() without an open element");
        }
        Tag closing = open[--depth];
        if (pending == closing) {
            writeTag(closing, false);
            pending = null;
        } else {
            out.write(0x01);
        }
        open[depth] = null;
        if (depth == 0) {
            rootDone = true;
        }
        spill();
        return this;
    }

    /** Writes a whole element tree at the current position. */
    public WbxmlWriter element(WbxmlElement element) {
        switch (element.content()) {
            case EMPTY:
                return empty(element.tag());
            case TEXT:
                return textElement(element.tag(), element.text());
            case OPAQUE:
                return opaqueElement(element.tag(), element.opaqueUnsafe());
            default:
                start(element.tag());
                for (WbxmlElement child : element.children()) {
                    element(child);
                }
                return end();
        }
    }

    /** Checks that the document is complete and flushes it to the stream, if there is one. */
    public void finish() {
        if (depth != 0) {
            throw new IllegalStateException("finish() with " + depth + " element(s) still open, innermost <"
                    + open[depth - 1] + ">");
        }
        if (!rootDone) {
            throw new IllegalStateException("finish() before any element was written");
        }
        finished = true;
        if (stream != null) {
            flushTo(out.buf, 0, out.size);
            out.size = 0;
            try {
                stream.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The complete document (finishes it if needed); only for the in-memory form. */
    public byte[] toByteArray() {
        if (stream != null) {
            throw new IllegalStateException("this writer writes to a stream");
        }
        if (!finished) {
            finish();
        }
        return out.toByteArray();
    }

    private void beginChild(Tag tag) {
        Objects.requireNonNull(tag, "tag");
        if (finished || rootDone) {
            throw new IllegalStateException("<" + tag + "> would be a second root element");
        }
        if (depth > 0) {
            byte held = holds[depth - 1];
            if (held == TEXT || held == OPAQUE) {
                throw new IllegalStateException("<" + tag + "> after text inside <" + open[depth - 1]
                        + ">: EAS never mixes text and elements");
            }
            holds[depth - 1] = CHILDREN;
        }
        flushPending();
    }

    private void beginValue(byte kind, String what) {
        if (depth == 0) {
            throw new IllegalStateException(what + " outside of any element");
        }
        byte held = holds[depth - 1];
        if (held != NOTHING && held != kind) {
            throw new IllegalStateException(what + " inside <" + open[depth - 1]
                    + "> that already holds other content: EAS never mixes content kinds");
        }
        holds[depth - 1] = kind;
        flushPending();
    }

    private void flushPending() {
        if (pending != null) {
            writeTag(pending, true);
            pending = null;
        }
    }

    private void writeTag(Tag tag, boolean content) {
        if (tag.page() != page) {
            out.write(0x00);
            out.write(tag.page());
            page = tag.page();
        }
        out.write(content ? tag.token() | 0x40 : tag.token());
    }

    /** WBXML's mb_u_int32: big-endian base 128, continuation bit on all bytes but the last. */
    static void writeMbUInt32(ByteSink out, int value) {
        int shift = 28;
        while (shift > 0 && (value >>> shift) == 0) {
            shift -= 7;
        }
        for (; shift > 0; shift -= 7) {
            out.write(0x80 | (value >>> shift) & 0x7F);
        }
        out.write(value & 0x7F);
    }

    /** STR_I: UTF-8 encoded straight into the buffer, terminated by NUL. */
    private void writeStrI(String s) {
        int n = s.length();
        out.ensure(n * 3 + 2);
        byte[] b = out.buf;
        int p = out.size;
        b[p++] = 0x03;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == 0) {
                    throw new IllegalArgumentException("NUL at index " + i + " cannot be sent in STR_I");
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < n ? s.charAt(i + 1) : 0;
                if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
                    throw new IllegalArgumentException("unpaired surrogate at index " + i + " cannot be sent as UTF-8");
                }
                int cp = Character.toCodePoint(c, low);
                i++;
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[p++] = 0;
        out.size = p;
    }

    private void spill() {
        if (stream != null && out.size >= FLUSH_AT) {
            flushTo(out.buf, 0, out.size);
            out.size = 0;
        }
    }

    private void flushTo(byte[] bytes, int offset, int length) {
        try {
            stream.write(bytes, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
