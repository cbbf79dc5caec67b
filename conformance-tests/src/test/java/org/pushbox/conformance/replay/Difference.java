package org.pushbox.conformance.replay;

/**
 * One way in which pushbox's answer differs from Exchange's (read in pushbox's values).
 *
 * @param command  the command of the exchange
 * @param path     element names from the root, e.g. {@code Sync/Collections/Collection/Class}
 * @param kind     what differs
 * @param exchange Exchange's value (text, status, element) or null
 * @param pushbox  pushbox's value or null
 * @param item     the ServerId of the command (Add, Change, Fetch...) the element belongs to, if any
 * @param finding  what a look beyond the two elements compared found out (null: nothing)
 */
record Difference(String command, String path, Kind kind, String exchange, String pushbox, String item,
        Finding finding) {

    /** What a look beyond the two elements compared found out about a difference. */
    enum Finding {
        /** An Add only one side sends on this page that the other sends on the page next to it ({@link PageFill}). */
        ON_ANOTHER_PAGE,
        /** A body Exchange converted from the mail's plain text to its own HTML ({@link ConvertedBodies}). */
        HTML_CONVERTED_FROM_TEXT,
        /** A Ping's answer that Exchange sent after the device had sent a newer Ping ({@link CachedPing}). */
        SUPERSEDED_PING
    }

    Difference(String command, String path, Kind kind, String exchange, String pushbox) {
        this(command, path, kind, exchange, pushbox, null, null);
    }

    /** This difference with the ServerId of the item (an Add, a Change...) it is an element of. */
    Difference of(String serverId) {
        return new Difference(command, path, kind, exchange, pushbox, serverId, finding);
    }

    Difference found(Finding what) {
        return new Difference(command, path, kind, exchange, pushbox, item, what);
    }

    enum Kind {
        /** The HTTP status differs. */
        HTTP_STATUS,
        /** One answer has a WBXML body, the other none. */
        BODY,
        /** An element only Exchange sends. */
        ONLY_EXCHANGE,
        /** An element only pushbox sends. */
        ONLY_PUSHBOX,
        /** The same element with another text. */
        VALUE,
        /** The same children in another order. */
        ORDER
    }

    /** The last element name of the path. */
    String element() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return kind + " " + path + (exchange != null || pushbox != null ? " (Exchange " + exchange + ", pushbox "
                + pushbox + ")" : "");
    }
}
