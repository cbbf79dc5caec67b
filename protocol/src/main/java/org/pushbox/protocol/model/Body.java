package org.pushbox.protocol.model;

import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/**
 * {@code airsyncbase:Body} ([MS-ASAIRS] 2.2.2.9): Type (1 plain text, 2 HTML, 3 RTF, 4 MIME),
 * EstimatedDataSize, Truncated, Data, Preview (14.0+). Written in this order, which the schema requires.
 */
public final class Body extends ElementGroup<Body> {

    public static final int PLAIN_TEXT = 1;
    public static final int HTML = 2;
    public static final int RTF = 3;
    public static final int MIME = 4;

    public static final Field<Integer> TYPE = Field.of(Tags.airSyncBase("Type"), Scalars.integer(1, 4));
    public static final Field<Long> ESTIMATED_DATA_SIZE = Field.of(Tags.airSyncBase("EstimatedDataSize"), Scalars.SIZE);
    public static final Field<Boolean> TRUNCATED = Field.of(Tags.airSyncBase("Truncated"), Scalars.BOOLEAN);
    public static final Field<String> DATA = Field.of(Tags.airSyncBase("Data"), Scalars.TEXT);
    public static final Field<String> PREVIEW = Field.of(Tags.airSyncBase("Preview"), Scalars.TEXT);

    static final Schema SCHEMA = Schema.sequence(TYPE, ESTIMATED_DATA_SIZE, TRUNCATED, DATA, PREVIEW);
    static final ValueCodec<Body> CODEC = ElementGroup.codec(SCHEMA, Body::new);

    public static final Body EMPTY = new Body(List.of());

    Body(List<Entry> entries) {
        super(entries);
    }

    /** A whole (untruncated) body of one type. */
    public static Body of(int type, String data) {
        return EMPTY.with(TYPE, type).with(ESTIMATED_DATA_SIZE, AirSyncBase.utf8Length(data)).with(DATA, data);
    }


    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Body create(List<Entry> entries) {
        return new Body(entries);
    }
}
