package org.pushbox.protocol.wbxml;

import java.util.ArrayList;
import java.util.Arrays;
import org.pushbox.protocol.codepage.Tag;

/**
 * Builds a {@link WbxmlElement} from reader events without recursion, so that the depth limit,
 * not the thread's stack, bounds nesting. Adjacent STR_I strings are joined, as are adjacent
 * OPAQUE values; text mixed with OPAQUE or with child elements is refused (EAS never sends it).
 */
final class TreeBuilder {

    private Tag[] tags = new Tag[16];
    private ArrayList<WbxmlElement>[] kids = newKids(16);
    private String[] texts = new String[16];
    private byte[][] opaques = new byte[16][];
    // A second segment of text or OPAQUE switches that level to a builder, so that many small
    // segments cost linear, not quadratic, copying.
    private StringBuilder[] moreText = new StringBuilder[16];
    private ByteSink[] moreOpaque = new ByteSink[16];
    private int top = -1;

    private TreeBuilder() {
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<WbxmlElement>[] newKids(int n) {
        return (ArrayList<WbxmlElement>[]) new ArrayList<?>[n];
    }

    /** Reads the element whose START_TAG is the reader's current event; leaves the reader on its END_TAG. */
    static WbxmlElement readElement(WbxmlReader reader) throws WbxmlException {
        return new TreeBuilder().read(reader);
    }

    private WbxmlElement read(WbxmlReader r) throws WbxmlException {
        push(r.tag());
        while (true) {
            switch (r.next()) {
                case START_TAG:
                    if (texts[top] != null || opaques[top] != null) {
                        throw r.contentError("<" + r.tag() + "> follows text inside <" + tags[top]
                                + ">; EAS never mixes text and elements");
                    }
                    push(r.tag());
                    break;
                case TEXT:
                    if (kids[top] != null || opaques[top] != null) {
                        throw r.contentError("text after " + (kids[top] != null ? "child elements" : "OPAQUE")
                                + " inside <" + tags[top] + ">; EAS never mixes them");
                    }
                    appendText(r.text());
                    break;
                case OPAQUE:
                    if (kids[top] != null || texts[top] != null) {
                        throw r.contentError("OPAQUE after " + (kids[top] != null ? "child elements" : "text")
                                + " inside <" + tags[top] + ">; EAS never mixes them");
                    }
                    appendOpaque(r);
                    break;
                case END_TAG:
                    flushSegments();
                    WbxmlElement done = WbxmlElement.decoded(tags[top], kids[top], texts[top], opaques[top]);
                    kids[top] = null;
                    texts[top] = null;
                    opaques[top] = null;
                    if (top-- == 0) {
                        return done;
                    }
                    if (kids[top] == null) {
                        kids[top] = new ArrayList<>(4);
                    }
                    kids[top].add(done);
                    break;
                default:
                    throw new IllegalStateException("reader reported END_DOCUMENT inside an element");
            }
        }
    }

    private void push(Tag tag) {
        if (++top == tags.length) {
            int n = tags.length * 2;
            tags = Arrays.copyOf(tags, n);
            kids = Arrays.copyOf(kids, n);
            texts = Arrays.copyOf(texts, n);
            opaques = Arrays.copyOf(opaques, n);
            moreText = Arrays.copyOf(moreText, n);
            moreOpaque = Arrays.copyOf(moreOpaque, n);
        }
        tags[top] = tag;
    }

    private void appendText(String text) {
        if (texts[top] == null) {
            texts[top] = text;
        } else {
            if (moreText[top] == null) {
                moreText[top] = new StringBuilder(texts[top]);
            }
            moreText[top].append(text);
        }
    }

    private void appendOpaque(WbxmlReader r) {
        if (opaques[top] == null) {
            opaques[top] = r.opaqueBytesUnchecked();
        } else {
            if (moreOpaque[top] == null) {
                moreOpaque[top] = new ByteSink(opaques[top].length * 2);
                moreOpaque[top].write(opaques[top], 0, opaques[top].length);
            }
            r.opaqueTo(moreOpaque[top]);
        }
    }

    private void flushSegments() {
        if (moreText[top] != null) {
            texts[top] = moreText[top].toString();
            moreText[top] = null;
        }
        if (moreOpaque[top] != null) {
            opaques[top] = moreOpaque[top].toByteArray();
            moreOpaque[top] = null;
        }
    }
}
