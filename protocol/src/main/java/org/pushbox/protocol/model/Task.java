package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The ApplicationData of a task ([MS-ASTASK]; page Tasks and AirSyncBase Body). Dates are
 * extended dateTimes: StartDate/DueDate are the local date written as UTC, the Utc* forms the real
 * instants. Complete is required by the specification; DateCompleted accompanies Complete=1.
 */
public final class Task extends ElementGroup<Task> implements ItemData {

    public static final Field<String> SUBJECT = Field.of(Tags.tasks("Subject"), Scalars.TEXT);
    public static final Field<Body> BODY = AirSyncBase.BODY;
    /** 0 low, 1 normal, 2 high. */
    public static final Field<Integer> IMPORTANCE = Field.of(Tags.tasks("Importance"), Scalars.integer(0, 2));
    public static final Field<Instant> UTC_START_DATE = Field.of(Tags.tasks("UtcStartDate"), Scalars.DATE_TIME);
    public static final Field<Instant> START_DATE = Field.of(Tags.tasks("StartDate"), Scalars.DATE_TIME);
    public static final Field<Instant> UTC_DUE_DATE = Field.of(Tags.tasks("UtcDueDate"), Scalars.DATE_TIME);
    public static final Field<Instant> DUE_DATE = Field.of(Tags.tasks("DueDate"), Scalars.DATE_TIME);
    public static final Field<List<String>> CATEGORIES = Field.of(Tags.tasks("Categories"),
            Lists.of(Tags.tasks("Category"), Scalars.TEXT, 300));
    public static final Field<TaskRecurrence> RECURRENCE = Field.of(Tags.tasks("Recurrence"), TaskRecurrence.CODEC);
    public static final Field<Boolean> COMPLETE = Field.of(Tags.tasks("Complete"), Scalars.BOOLEAN);
    public static final Field<Instant> DATE_COMPLETED = Field.of(Tags.tasks("DateCompleted"), Scalars.DATE_TIME);
    public static final Field<Integer> SENSITIVITY = Field.of(Tags.tasks("Sensitivity"), RecurrenceCodecs.SENSITIVITY);
    public static final Field<Instant> REMINDER_TIME = Field.of(Tags.tasks("ReminderTime"), Scalars.DATE_TIME);
    public static final Field<Boolean> REMINDER_SET = Field.of(Tags.tasks("ReminderSet"), Scalars.BOOLEAN);
    public static final Field<Instant> ORDINAL_DATE = Field.of(Tags.tasks("OrdinalDate"), Scalars.DATE_TIME);
    public static final Field<String> SUB_ORDINAL_DATE = Field.of(Tags.tasks("SubOrdinalDate"), Scalars.TEXT);
    public static final Field<Integer> NATIVE_BODY_TYPE = AirSyncBase.NATIVE_BODY_TYPE;

    static final Schema SCHEMA = Schema.anyOrder(SUBJECT, BODY, IMPORTANCE, UTC_START_DATE, START_DATE,
            UTC_DUE_DATE, DUE_DATE, CATEGORIES, RECURRENCE, COMPLETE, DATE_COMPLETED, SENSITIVITY, REMINDER_TIME,
            REMINDER_SET, ORDINAL_DATE, SUB_ORDINAL_DATE, NATIVE_BODY_TYPE);

    public static final Task EMPTY = new Task(List.of());

    Task(List<Entry> entries) {
        super(entries);
    }

    public static Task decode(WbxmlElement applicationData, ProtocolVersion version) throws DataClassException {
        return decode(applicationData, version, DecodeLimits.DEFAULT);
    }

    public static Task decode(WbxmlElement applicationData, ProtocolVersion version, DecodeLimits limits)
            throws DataClassException {
        return new Task(decodeEntries(applicationData, SCHEMA, new DecodeContext(version, limits)));
    }


    @Override
    public ItemClass itemClass() {
        return ItemClass.TASKS;
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Task create(List<Entry> entries) {
        return new Task(entries);
    }
}
