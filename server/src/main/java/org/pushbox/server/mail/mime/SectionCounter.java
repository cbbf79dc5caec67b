package org.pushbox.server.mail.mime;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Numbers MIME parts as IMAP does (RFC 3501 section 6.4.5): the children of a multipart are 1, 2, ...,
 * a nested multipart's children 2.1, 2.2, ..., and the body of a single-part message is 1. The parser and
 * {@link MimeSections} share it, so a number written at delivery finds the same part at fetch time.
 */
final class SectionCounter {

    private static final class Frame {
        final String section;
        int children;

        Frame(String section) {
            this.section = section;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    SectionCounter() {
        frames.push(new Frame(""));
    }

    void startPart() {
        Frame parent = frames.peek();
        parent.children++;
        frames.push(new Frame(parent.section.isEmpty() ? Integer.toString(parent.children)
                : parent.section + "." + parent.children));
    }

    void endPart() {
        if (frames.size() > 1) {
            frames.pop();
        }
    }

    /** The section of the entity whose body is being read. */
    String bodySection() {
        String section = frames.peek().section;
        return section.isEmpty() ? "1" : section;
    }

    /** True while reading the top-level message's own header (no part started yet). */
    boolean atTop() {
        return frames.size() == 1;
    }
}
