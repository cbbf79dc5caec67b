package org.pushbox.conformance.replay;

/**
 * One way in which pushbox's answer differs from Exchange's (read in pushbox's values).
 *
 * @param command  the command of the exchange
 * @param path     element names from the root, e.g. {@code Sync/Collections/Collection/Class}
 * @param kind     what differs
 * @param exchange Exchange's value (text, status, element) or null
 * @param pushbox  pushbox's value or null
 */
record Difference(String command, String path, Kind kind, String exchange, String pushbox) {

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
