package org.pushbox.protocol.wbxml;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.codepage.Tag;

/**
 * An immutable WBXML element: a tag and either nothing, child elements, a string (STR_I) or
 * bytes (OPAQUE). EAS never mixes text and child elements, so neither does this tree.
 *
 * <p>The text/OPAQUE distinction is kept so that a decoded document re-encodes to the same
 * bytes, but readers should not depend on it: clients send OPAQUE where a string is expected
 * and vice versa, so use {@link #textOrOpaqueAsString()} / {@link #opaqueOrTextAsBytes()}.
 */
public final class WbxmlElement {

    /** What an element holds. */
    public enum Content {
        /** Nothing: encoded as the bare token. */
        EMPTY,
        /** One or more child elements. */
        CHILDREN,
        /** A string, possibly empty, encoded as STR_I. */
        TEXT,
        /** Bytes, encoded as OPAQUE. */
        OPAQUE
    }

    private final Tag tag;
    private final List<WbxmlElement> children;
    private final String text;
    private final byte[] opaque;

    private WbxmlElement(Tag tag, List<WbxmlElement> children, String text, byte[] opaque) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.children = children;
        this.text = text;
        this.opaque = opaque;
    }

    /** An element without content, e.g. {@code <MoreAvailable/>}. */
    public static WbxmlElement empty(Tag tag) {
        return new WbxmlElement(tag, List.of(), null, null);
    }

    /** An element holding a string, sent as STR_I. NUL and unpaired surrogates are refused. */
    public static WbxmlElement text(Tag tag, String text) {
        int bad = Utf8.firstUnencodable(text);
        if (bad >= 0) {
            throw new IllegalArgumentException("text of <" + tag + "> has a character that STR_I cannot carry "
                    + "(NUL or unpaired surrogate) at index " + bad);
        }
        return new WbxmlElement(tag, List.of(), text, null);
    }

    /** An element holding bytes, sent as OPAQUE; the array is copied. */
    public static WbxmlElement opaque(Tag tag, byte[] bytes) {
        return new WbxmlElement(tag, List.of(), null, bytes.clone());
    }

    /** An element with these children (none makes an empty element). */
    public static WbxmlElement of(Tag tag, WbxmlElement... children) {
        return new WbxmlElement(tag, List.of(children), null, null);
    }

    /** An element with these children (none makes an empty element); the list is copied. */
    public static WbxmlElement of(Tag tag, List<WbxmlElement> children) {
        return new WbxmlElement(tag, List.copyOf(children), null, null);
    }

    /** For the decoder: takes ownership of already-validated parts without copying. */
    static WbxmlElement decoded(Tag tag, ArrayList<WbxmlElement> children, String text, byte[] opaque) {
        List<WbxmlElement> kids = children == null ? List.of() : Collections.unmodifiableList(children);
        return new WbxmlElement(tag, kids, text, opaque);
    }

    public Tag tag() {
        return tag;
    }

    public Content content() {
        if (text != null) {
            return Content.TEXT;
        }
        if (opaque != null) {
            return Content.OPAQUE;
        }
        return children.isEmpty() ? Content.EMPTY : Content.CHILDREN;
    }

    /** The child elements (unmodifiable; empty unless {@link Content#CHILDREN}). */
    public List<WbxmlElement> children() {
        return children;
    }

    /** The first child with this tag, or {@code null}. */
    public WbxmlElement child(Tag childTag) {
        for (WbxmlElement c : children) {
            if (c.tag.equals(childTag)) {
                return c;
            }
        }
        return null;
    }

    /** All children with this tag, in order. */
    public List<WbxmlElement> children(Tag childTag) {
        List<WbxmlElement> found = new ArrayList<>();
        for (WbxmlElement c : children) {
            if (c.tag.equals(childTag)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The STR_I string, or {@code null} when the element does not hold text. */
    public String text() {
        return text;
    }

    public boolean isOpaque() {
        return opaque != null;
    }

    /** A copy of the OPAQUE bytes, or {@code null} when the element does not hold OPAQUE. */
    public byte[] opaque() {
        return opaque == null ? null : opaque.clone();
    }

    /** The OPAQUE bytes as a read-only view, or {@code null}. */
    public ByteBuffer opaqueView() {
        return opaque == null ? null : ByteBuffer.wrap(opaque).asReadOnlyBuffer();
    }

    /**
     * The value as a string whichever way it was sent: the text, OPAQUE decoded as UTF-8
     * (malformed sequences become U+FFFD), {@code ""} for an empty element, {@code null} for an
     * element with children.
     */
    public String textOrOpaqueAsString() {
        if (text != null) {
            return text;
        }
        if (opaque != null) {
            return new String(opaque, StandardCharsets.UTF_8);
        }
        return children.isEmpty() ? "" : null;
    }

    /**
     * The value as bytes whichever way it was sent: a copy of the OPAQUE bytes, the text as UTF-8,
     * an empty array for an empty element, {@code null} for an element with children.
     */
    public byte[] opaqueOrTextAsBytes() {
        if (opaque != null) {
            return opaque.clone();
        }
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return children.isEmpty() ? new byte[0] : null;
    }

    /** The OPAQUE array itself, for the writer. */
    byte[] opaqueUnsafe() {
        return opaque;
    }

    /** Structural equality: same tags, same content kinds, same text or bytes, same children in order. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof WbxmlElement e && tag.equals(e.tag) && Objects.equals(text, e.text)
                && Arrays.equals(opaque, e.opaque) && children.equals(e.children);
    }

    @Override
    public int hashCode() {
        return ((tag.hashCode() * 31 + Objects.hashCode(text)) * 31 + Arrays.hashCode(opaque)) * 31 + children.hashCode();
    }

    /** A compact one-line form for messages and debuggers; use {@code WbxmlXml} for readable XML. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }

    private void appendTo(StringBuilder sb) {
        sb.append('<').append(tag);
        switch (content()) {
            case EMPTY:
                sb.append("/>");
                return;
            case TEXT:
                sb.append('>').append(text);
                break;
            case OPAQUE:
                sb.append("> opaque[").append(opaque.length).append(']');
                break;
            default:
                sb.append('>');
                for (WbxmlElement c : children) {
                    c.appendTo(sb);
                }
        }
        sb.append("</").append(tag.name()).append('>');
    }
}
