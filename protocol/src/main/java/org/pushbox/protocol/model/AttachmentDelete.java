package org.pushbox.protocol.model;

import java.util.List;

/** {@code airsyncbase:Delete} inside Attachments (16.x requests): the FileReference to remove. */
public final class AttachmentDelete extends ElementGroup<AttachmentDelete> {

    public static final Field<String> FILE_REFERENCE = Attachment.FILE_REFERENCE;

    static final Schema SCHEMA = Schema.anyOrder(FILE_REFERENCE);
    static final ValueCodec<AttachmentDelete> CODEC = ElementGroup.codec(SCHEMA, AttachmentDelete::new);

    public static final AttachmentDelete EMPTY = new AttachmentDelete(List.of());

    AttachmentDelete(List<Entry> entries) {
        super(entries);
    }

    public static AttachmentDelete of(String fileReference) {
        return EMPTY.with(FILE_REFERENCE, fileReference);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    AttachmentDelete create(List<Entry> entries) {
        return new AttachmentDelete(entries);
    }
}
