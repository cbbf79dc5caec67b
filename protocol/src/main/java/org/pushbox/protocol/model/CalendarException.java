package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.request.ProtocolVersion;

/**
 * {@code calendar:Exception}: one changed or deleted occurrence of a series, identified by its
 * original start (ExceptionStartTime up to 14.1, {@code airsyncbase:InstanceId} in 16.x; encoding
 * writes whichever the target version uses) and holding only the properties that differ from the
 * series; absent ones inherit the master's values.
 */
public final class CalendarException extends ElementGroup<CalendarException> {

    public static final Field<Boolean> DELETED = CalendarFields.DELETED;
    /** Up to 14.1. */
    public static final Field<Instant> EXCEPTION_START_TIME = CalendarFields.EXCEPTION_START_TIME;
    /** 16.0+. */
    public static final Field<Instant> INSTANCE_ID = AirSyncBase.INSTANCE_ID;
    public static final Field<String> SUBJECT = CalendarFields.SUBJECT;
    public static final Field<Instant> START_TIME = CalendarFields.START_TIME;
    public static final Field<Instant> END_TIME = CalendarFields.END_TIME;
    public static final Field<Body> BODY = AirSyncBase.BODY;
    public static final Field<String> LOCATION = CalendarFields.LOCATION;
    public static final Field<Location> LOCATION_16 = AirSyncBase.LOCATION;
    public static final Field<Attachments> ATTACHMENTS = AirSyncBase.ATTACHMENTS;
    public static final Field<List<String>> CATEGORIES = CalendarFields.CATEGORIES;
    public static final Field<Integer> SENSITIVITY = CalendarFields.SENSITIVITY;
    public static final Field<Integer> BUSY_STATUS = CalendarFields.BUSY_STATUS;
    public static final Field<Boolean> ALL_DAY_EVENT = CalendarFields.ALL_DAY_EVENT;
    public static final Field<Integer> REMINDER = CalendarFields.REMINDER;
    public static final Field<Instant> DT_STAMP = CalendarFields.DT_STAMP;
    public static final Field<Integer> MEETING_STATUS = CalendarFields.MEETING_STATUS;
    public static final Field<List<Attendee>> ATTENDEES = CalendarFields.ATTENDEES;
    public static final Field<Instant> APPOINTMENT_REPLY_TIME = CalendarFields.APPOINTMENT_REPLY_TIME;
    public static final Field<Integer> RESPONSE_TYPE = CalendarFields.RESPONSE_TYPE;
    public static final Field<String> ONLINE_MEETING_CONF_LINK = CalendarFields.ONLINE_MEETING_CONF_LINK;
    public static final Field<String> ONLINE_MEETING_EXTERNAL_LINK = CalendarFields.ONLINE_MEETING_EXTERNAL_LINK;

    static final Schema SCHEMA = Schema.anyOrder(DELETED, EXCEPTION_START_TIME, INSTANCE_ID, SUBJECT, START_TIME,
            END_TIME, BODY, LOCATION, LOCATION_16, ATTACHMENTS, CATEGORIES, SENSITIVITY, BUSY_STATUS, ALL_DAY_EVENT,
            REMINDER, DT_STAMP, MEETING_STATUS, ATTENDEES, APPOINTMENT_REPLY_TIME, RESPONSE_TYPE,
            ONLINE_MEETING_CONF_LINK, ONLINE_MEETING_EXTERNAL_LINK);
    static final ValueCodec<CalendarException> CODEC = ElementGroup.codec(SCHEMA, CalendarException::new);

    public static final CalendarException EMPTY = new CalendarException(List.of());

    CalendarException(List<Entry> entries) {
        super(entries);
    }

    /** The deletion of the occurrence that started at {@code originalStart}. */
    public static CalendarException deleted(Instant originalStart) {
        return EMPTY.with(DELETED, true).with(EXCEPTION_START_TIME, originalStart);
    }

    /** The original start of the occurrence, in whichever form it was given. */
    public Instant originalStart() {
        Instant start = get(EXCEPTION_START_TIME);
        return start != null ? start : get(INSTANCE_ID);
    }

    @Override
    CalendarException adaptTo(EncodeContext ctx) {
        CalendarException e = CalendarEvent.adaptLocation(this, ctx, LOCATION, LOCATION_16);
        return ctx.atLeast(ProtocolVersion.V16_0)
                ? e.replace(EXCEPTION_START_TIME, INSTANCE_ID, get(EXCEPTION_START_TIME))
                : e.replace(INSTANCE_ID, EXCEPTION_START_TIME, get(INSTANCE_ID));
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    CalendarException create(List<Entry> entries) {
        return new CalendarException(entries);
    }
}
