package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code email:Flag} ([MS-ASEMAIL] 2.2.2.34): a follow-up flag, using Tasks elements for its
 * dates. An empty {@code <Flag/>} (an empty group) clears the flag.
 */
public final class Flag extends ElementGroup<Flag> {

    /** 0 cleared, 1 complete, 2 active. */
    public static final Field<Integer> STATUS = Field.of(Tags.email("Status"), Scalars.integer(0, 2));
    public static final Field<String> FLAG_TYPE = Field.of(Tags.email("FlagType"), Scalars.TEXT);
    public static final Field<Instant> START_DATE = Task.START_DATE;
    public static final Field<Instant> UTC_START_DATE = Task.UTC_START_DATE;
    public static final Field<Instant> DUE_DATE = Task.DUE_DATE;
    public static final Field<Instant> UTC_DUE_DATE = Task.UTC_DUE_DATE;
    public static final Field<Boolean> REMINDER_SET = Task.REMINDER_SET;
    public static final Field<Instant> REMINDER_TIME = Task.REMINDER_TIME;
    public static final Field<Instant> COMPLETE_TIME = Field.of(Tags.email("CompleteTime"), Scalars.DATE_TIME);
    public static final Field<Instant> DATE_COMPLETED = Task.DATE_COMPLETED;
    public static final Field<String> SUBJECT = Task.SUBJECT;
    public static final Field<Instant> ORDINAL_DATE = Task.ORDINAL_DATE;
    public static final Field<String> SUB_ORDINAL_DATE = Task.SUB_ORDINAL_DATE;

    static final Schema SCHEMA = Schema.anyOrder(STATUS, FLAG_TYPE, START_DATE, UTC_START_DATE, DUE_DATE,
            UTC_DUE_DATE, REMINDER_SET, REMINDER_TIME, COMPLETE_TIME, DATE_COMPLETED, SUBJECT, ORDINAL_DATE,
            SUB_ORDINAL_DATE);
    static final ValueCodec<Flag> CODEC = ElementGroup.codec(SCHEMA, Flag::new);

    /** No flag: {@code <Flag/>}. */
    public static final Flag CLEARED = new Flag(List.of());

    Flag(List<Entry> entries) {
        super(entries);
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Flag create(List<Entry> entries) {
        return new Flag(entries);
    }
}
