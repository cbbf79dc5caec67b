package org.pushbox.protocol.model;

import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/**
 * {@code airsyncbase:Attachment}, an attachment the server describes: DisplayName, FileReference
 * (fetchable with ItemOperations), Method (1 normal, 5 embedded message, 6 OLE), EstimatedDataSize,
 * ContentId, ContentLocation, IsInline, the voice-mail {@code email2:UmAttDuration}/{@code UmAttOrder}
 * (14.0+), and the ClientId of a 16.x client Add it answers.
 */
public final class Attachment extends ElementGroup<Attachment> {

    public static final Field<String> DISPLAY_NAME = Field.of(Tags.airSyncBase("DisplayName"), Scalars.TEXT);
    public static final Field<String> FILE_REFERENCE = Field.of(Tags.airSyncBase("FileReference"), Scalars.TEXT);
    public static final Field<String> CLIENT_ID = Field.of(Tags.airSyncBase("ClientId"), Scalars.TEXT);
    public static final Field<Integer> METHOD = Field.of(Tags.airSyncBase("Method"), Scalars.integer(1, 6));
    public static final Field<Long> ESTIMATED_DATA_SIZE = Body.ESTIMATED_DATA_SIZE;
    public static final Field<String> CONTENT_ID = Field.of(Tags.airSyncBase("ContentId"), Scalars.TEXT);
    public static final Field<String> CONTENT_LOCATION = Field.of(Tags.airSyncBase("ContentLocation"), Scalars.TEXT);
    public static final Field<Boolean> IS_INLINE = Field.of(Tags.airSyncBase("IsInline"), Scalars.BOOLEAN);
    public static final Field<Integer> UM_ATT_DURATION = Field.of(CodePages.require("Email2", "UmAttDuration"),
            Scalars.integer(0, Integer.MAX_VALUE));
    public static final Field<Integer> UM_ATT_ORDER = Field.of(CodePages.require("Email2", "UmAttOrder"),
            Scalars.integer(0, Integer.MAX_VALUE));

    static final Schema SCHEMA = Schema.anyOrder(DISPLAY_NAME, FILE_REFERENCE, CLIENT_ID, METHOD,
            ESTIMATED_DATA_SIZE, CONTENT_ID, CONTENT_LOCATION, IS_INLINE, UM_ATT_DURATION, UM_ATT_ORDER);
    static final ValueCodec<Attachment> CODEC = ElementGroup.codec(SCHEMA, Attachment::new);

    public static final Attachment EMPTY = new Attachment(List.of());

    Attachment(List<Entry> entries) {
        super(entries);
    }


    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Attachment create(List<Entry> entries) {
        return new Attachment(entries);
    }
}
