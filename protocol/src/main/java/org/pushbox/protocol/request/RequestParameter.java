package org.pushbox.protocol.request;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The command parameters a request line can carry besides Cmd/User/DeviceId/DeviceType, with their
 * plain-query name and base64 tag. SaveInSent and AcceptMultiPart are flags, not parameters: they are
 * {@link EasRequest#saveInSent()} and {@link EasRequest#acceptMultiPart()}.
 */
public enum RequestParameter {
    ATTACHMENT_NAME("AttachmentName", 0),
    COLLECTION_ID("CollectionId", 1),
    /** Legacy (CreateCollection and friends, ≤ 12.1). */
    COLLECTION_NAME("CollectionName", 2),
    ITEM_ID("ItemId", 3),
    LONG_ID("LongId", 4),
    /** Legacy (CreateCollection and friends, ≤ 12.1). */
    PARENT_ID("ParentId", 5),
    OCCURRENCE("Occurrence", 6);

    private final String queryName;
    private final int base64Tag;

    RequestParameter(String queryName, int base64Tag) {
        this.queryName = queryName;
        this.base64Tag = base64Tag;
    }

    /** The name in the plain query form, e.g. {@code "ItemId"}. */
    public String queryName() {
        return queryName;
    }

    /** The tag in the base64 query form. */
    public int base64Tag() {
        return base64Tag;
    }

    /** Case-insensitive (ASCII) lookup by plain-query name. */
    public static Optional<RequestParameter> byQueryName(String name) {
        return Stream.of(values()).filter(p -> Ascii.equalsIgnoreCase(p.queryName, name)).findFirst();
    }

    /** Lookup by base64 tag (0-6; tags 7 Options and 8 User are not parameters). */
    public static Optional<RequestParameter> byBase64Tag(int tag) {
        return Stream.of(values()).filter(p -> p.base64Tag == tag).findFirst();
    }
}
