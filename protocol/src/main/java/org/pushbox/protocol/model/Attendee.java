package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;

/**
 * {@code calendar:Attendee}: Email, Name, AttendeeStatus (12.0+; 0 unknown, 2 tentative, 3 accepted,
 * 4 declined, 5 not responded; never in 16.x requests), AttendeeType (1 required, 2 optional,
 * 3 resource) and a proposed new time (16.1).
 */
public final class Attendee extends ElementGroup<Attendee> {

    public static final Field<String> EMAIL = Field.of(Tags.calendar("Email"), Scalars.TEXT);
    public static final Field<String> NAME = Field.of(Tags.calendar("Name"), Scalars.TEXT);
    public static final Field<Integer> ATTENDEE_STATUS = Field.of(Tags.calendar("AttendeeStatus"),
            Scalars.oneOf(0, 2, 3, 4, 5)).sentOnlyWhen(ctx -> !ctx.isRequest16());
    public static final Field<Integer> ATTENDEE_TYPE = Field.of(Tags.calendar("AttendeeType"), Scalars.oneOf(1, 2, 3));
    public static final Field<Instant> PROPOSED_START_TIME = Field.of(
            CodePages.require("MeetingResponse", "ProposedStartTime"), Scalars.COMPACT_DATE_TIME);
    public static final Field<Instant> PROPOSED_END_TIME = Field.of(
            CodePages.require("MeetingResponse", "ProposedEndTime"), Scalars.COMPACT_DATE_TIME);

    static final Schema SCHEMA = Schema.anyOrder(EMAIL, NAME, ATTENDEE_STATUS, ATTENDEE_TYPE, PROPOSED_START_TIME,
            PROPOSED_END_TIME);
    static final ValueCodec<Attendee> CODEC = ElementGroup.codec(SCHEMA, Attendee::new);

    public static final Attendee EMPTY = new Attendee(List.of());

    Attendee(List<Entry> entries) {
        super(entries);
    }

    public static Attendee of(String email, String name) {
        return EMPTY.with(EMAIL, email).with(NAME, name);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Attendee create(List<Entry> entries) {
        return new Attendee(entries);
    }
}
