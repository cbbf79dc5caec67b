package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The ApplicationData of a note ([MS-ASNOTE], 14.0+): Subject, Body, MessageClass
 * ({@code IPM.StickyNote} family), LastModifiedDate (a Compact DateTime set by the server),
 * Categories (Outlook writes note colours as categories). All Notes elements are 14.0+, so a
 * 12.1 encoding holds only the Body.
 */
public final class Note extends ElementGroup<Note> implements ItemData {

    public static final Field<String> SUBJECT = Field.of(Tags.notes("Subject"), Scalars.TEXT);
    public static final Field<Body> BODY = AirSyncBase.BODY;
    public static final Field<String> MESSAGE_CLASS = Field.of(Tags.notes("MessageClass"), Scalars.TEXT);
    public static final Field<Instant> LAST_MODIFIED_DATE = Field.of(Tags.notes("LastModifiedDate"),
            Scalars.COMPACT_DATE_TIME);
    public static final Field<List<String>> CATEGORIES = Field.of(Tags.notes("Categories"),
            Lists.of(Tags.notes("Category"), Scalars.TEXT, 300));
    public static final Field<Integer> NATIVE_BODY_TYPE = AirSyncBase.NATIVE_BODY_TYPE;

    static final Schema SCHEMA = Schema.anyOrder(SUBJECT, BODY, MESSAGE_CLASS, LAST_MODIFIED_DATE, CATEGORIES,
            NATIVE_BODY_TYPE);

    public static final Note EMPTY = new Note(List.of());

    Note(List<Entry> entries) {
        super(entries);
    }

    public static Note decode(WbxmlElement applicationData, ProtocolVersion version) throws DataClassException {
        return decode(applicationData, version, DecodeLimits.DEFAULT);
    }

    public static Note decode(WbxmlElement applicationData, ProtocolVersion version, DecodeLimits limits)
            throws DataClassException {
        return new Note(decodeEntries(applicationData, SCHEMA, new DecodeContext(version, limits)));
    }

    @Override
    public ItemClass itemClass() {
        return ItemClass.NOTES;
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Note create(List<Entry> entries) {
        return new Note(entries);
    }
}
