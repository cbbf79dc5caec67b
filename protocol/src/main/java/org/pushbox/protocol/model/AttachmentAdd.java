package org.pushbox.protocol.model;

import java.util.List;
import org.pushbox.protocol.command.Bytes;

/**
 * {@code airsyncbase:Add} inside Attachments (16.x requests: a client attaches a file to a
 * calendar item or draft): ClientId, Method, ContentType, Content (base64), DisplayName,
 * ContentId, ContentLocation, IsInline.
 */
public final class AttachmentAdd extends ElementGroup<AttachmentAdd> {

    public static final Field<String> CLIENT_ID = Attachment.CLIENT_ID;
    public static final Field<Integer> METHOD = Attachment.METHOD;
    public static final Field<String> CONTENT_TYPE = Field.of(Tags.airSyncBase("ContentType"), Scalars.TEXT);
    public static final Field<Bytes> CONTENT = Field.of(Tags.airSyncBase("Content"),
            Scalars.base64(DecodeLimits::maxAttachmentBytes));
    public static final Field<String> DISPLAY_NAME = Attachment.DISPLAY_NAME;
    public static final Field<String> CONTENT_ID = Attachment.CONTENT_ID;
    public static final Field<String> CONTENT_LOCATION = Attachment.CONTENT_LOCATION;
    public static final Field<Boolean> IS_INLINE = Attachment.IS_INLINE;

    static final Schema SCHEMA = Schema.anyOrder(CLIENT_ID, METHOD, CONTENT_TYPE, CONTENT, DISPLAY_NAME, CONTENT_ID,
            CONTENT_LOCATION, IS_INLINE);
    static final ValueCodec<AttachmentAdd> CODEC = ElementGroup.codec(SCHEMA, AttachmentAdd::new);

    public static final AttachmentAdd EMPTY = new AttachmentAdd(List.of());

    AttachmentAdd(List<Entry> entries) {
        super(entries);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    AttachmentAdd create(List<Entry> entries) {
        return new AttachmentAdd(entries);
    }
}
