package org.pushbox.protocol.model;

import java.util.List;
import org.pushbox.protocol.codepage.CodePages;

/**
 * {@code airsyncbase:BodyPart} (14.1+, conversation bodies): Status (1 ok, 176 too large), Type,
 * EstimatedDataSize, Truncated, Data, Preview, in this order.
 */
public final class BodyPart extends ElementGroup<BodyPart> {

    public static final Field<Integer> STATUS = Field.of(CodePages.require("AirSyncBase", "Status"),
            Scalars.integer(0, 255));

    static final Schema SCHEMA = Schema.sequence(STATUS, Body.TYPE, Body.ESTIMATED_DATA_SIZE, Body.TRUNCATED,
            Body.DATA, Body.PREVIEW);
    static final ValueCodec<BodyPart> CODEC = ElementGroup.codec(SCHEMA, BodyPart::new);

    public static final BodyPart EMPTY = new BodyPart(List.of());

    BodyPart(List<Entry> entries) {
        super(entries);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    BodyPart create(List<Entry> entries) {
        return new BodyPart(entries);
    }
}
