package org.pushbox.protocol.model;

/**
 * How an item is encoded beyond its protocol version: which way it travels. Some elements exist
 * only one way, e.g. a 16.x client must not send {@code calendar:UID}, {@code DtStamp} or the
 * organizer, while the server does send them.
 *
 * @param direction who receives the ApplicationData
 */
public record EncodeOptions(Direction direction) {

    /** Who receives the encoded ApplicationData. */
    public enum Direction {
        /** Server to client: Sync responses, ItemOperations/Search results. */
        TO_CLIENT,
        /** Client to server: Sync requests (the conformance client and tests). */
        TO_SERVER
    }

    /** The server's encoding of an item for a device. */
    public static final EncodeOptions TO_CLIENT = new EncodeOptions(Direction.TO_CLIENT);
    /** A client's encoding of an item for the server. */
    public static final EncodeOptions TO_SERVER = new EncodeOptions(Direction.TO_SERVER);

    public EncodeOptions {
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
    }
}
