package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The ApplicationData of a calendar item ([MS-ASCAL]; page Calendar and AirSyncBase). Times are
 * Compact DateTimes. Version forms on encoding: 16.x gets {@code airsyncbase:Location} for the
 * Location string, InstanceId in exceptions, no Timezone on all-day events, and a 16.x client's
 * request leaves out what the server sets (UID, DtStamp, organizer, attendee status, Exceptions);
 * up to 14.1 the structured Location becomes its display name.
 */
public final class CalendarEvent extends ElementGroup<CalendarEvent> implements ItemData {

    public static final Field<TimeZoneInformation> TIMEZONE = CalendarFields.TIMEZONE;
    public static final Field<Instant> DT_STAMP = CalendarFields.DT_STAMP;
    public static final Field<Instant> START_TIME = CalendarFields.START_TIME;
    public static final Field<String> SUBJECT = CalendarFields.SUBJECT;
    public static final Field<String> UID = CalendarFields.UID;
    public static final Field<String> ORGANIZER_NAME = CalendarFields.ORGANIZER_NAME;
    public static final Field<String> ORGANIZER_EMAIL = CalendarFields.ORGANIZER_EMAIL;
    public static final Field<List<Attendee>> ATTENDEES = CalendarFields.ATTENDEES;
    /** Up to 14.1. */
    public static final Field<String> LOCATION = CalendarFields.LOCATION;
    /** 16.0+. */
    public static final Field<Location> LOCATION_16 = AirSyncBase.LOCATION;
    public static final Field<Instant> END_TIME = CalendarFields.END_TIME;
    public static final Field<Recurrence> RECURRENCE = CalendarFields.RECURRENCE;
    public static final Field<Body> BODY = AirSyncBase.BODY;
    public static final Field<Integer> SENSITIVITY = CalendarFields.SENSITIVITY;
    public static final Field<Integer> BUSY_STATUS = CalendarFields.BUSY_STATUS;
    public static final Field<Boolean> ALL_DAY_EVENT = CalendarFields.ALL_DAY_EVENT;
    public static final Field<Integer> REMINDER = CalendarFields.REMINDER;
    /** Not sent in 16.x client requests: those change occurrences with Change + InstanceId. */
    public static final Field<List<CalendarException>> EXCEPTIONS = Field.of(Tags.calendar("Exceptions"),
            Lists.of(Tags.calendar("Exception"), CalendarException.CODEC, 1000)).sentOnlyWhen(ctx -> !ctx.isRequest16());
    public static final Field<Integer> MEETING_STATUS = CalendarFields.MEETING_STATUS;
    public static final Field<List<String>> CATEGORIES = CalendarFields.CATEGORIES;
    public static final Field<Integer> NATIVE_BODY_TYPE = AirSyncBase.NATIVE_BODY_TYPE;
    public static final Field<Attachments> ATTACHMENTS = AirSyncBase.ATTACHMENTS;
    public static final Field<Boolean> RESPONSE_REQUESTED = CalendarFields.RESPONSE_REQUESTED;
    public static final Field<Instant> APPOINTMENT_REPLY_TIME = CalendarFields.APPOINTMENT_REPLY_TIME;
    public static final Field<Integer> RESPONSE_TYPE = CalendarFields.RESPONSE_TYPE;
    public static final Field<Boolean> DISALLOW_NEW_TIME_PROPOSAL = CalendarFields.DISALLOW_NEW_TIME_PROPOSAL;
    public static final Field<String> ONLINE_MEETING_CONF_LINK = CalendarFields.ONLINE_MEETING_CONF_LINK;
    public static final Field<String> ONLINE_MEETING_EXTERNAL_LINK = CalendarFields.ONLINE_MEETING_EXTERNAL_LINK;
    /** 16.0+: the client's id for duplicate detection of Adds. */
    public static final Field<String> CLIENT_UID = CalendarFields.CLIENT_UID;
    /** 16.0+: an orphan occurrence's original start. */
    public static final Field<Instant> INSTANCE_ID = AirSyncBase.INSTANCE_ID;

    static final Schema SCHEMA = Schema.anyOrder(TIMEZONE, DT_STAMP, START_TIME, SUBJECT, UID, ORGANIZER_NAME,
            ORGANIZER_EMAIL, ATTENDEES, LOCATION, LOCATION_16, END_TIME, RECURRENCE, BODY, SENSITIVITY, BUSY_STATUS,
            ALL_DAY_EVENT, REMINDER, EXCEPTIONS, MEETING_STATUS, CATEGORIES, NATIVE_BODY_TYPE, ATTACHMENTS,
            RESPONSE_REQUESTED, APPOINTMENT_REPLY_TIME, RESPONSE_TYPE, DISALLOW_NEW_TIME_PROPOSAL,
            ONLINE_MEETING_CONF_LINK, ONLINE_MEETING_EXTERNAL_LINK, CLIENT_UID, INSTANCE_ID);

    public static final CalendarEvent EMPTY = new CalendarEvent(List.of());

    CalendarEvent(List<Entry> entries) {
        super(entries);
    }

    public static CalendarEvent decode(WbxmlElement applicationData, ProtocolVersion version)
            throws DataClassException {
        return decode(applicationData, version, DecodeLimits.DEFAULT);
    }

    public static CalendarEvent decode(WbxmlElement applicationData, ProtocolVersion version, DecodeLimits limits)
            throws DataClassException {
        return new CalendarEvent(decodeEntries(applicationData, SCHEMA, new DecodeContext(version, limits)));
    }

    @Override
    CalendarEvent adaptTo(EncodeContext ctx) {
        CalendarEvent e = adaptLocation(this, ctx, LOCATION, LOCATION_16);
        if (ctx.atLeast(ProtocolVersion.V16_0) && Boolean.TRUE.equals(get(ALL_DAY_EVENT))) {
            // 16.x all-day events are floating dates without a zone ([MS-ASCAL] 2.2.2.44).
            e = e.without(TIMEZONE);
        }
        return e;
    }

    /** The Location string as a structured 16.x Location, or the structured one as its name up to 14.1. */
    static <G extends ElementGroup<G>> G adaptLocation(G group, EncodeContext ctx, Field<String> text,
            Field<Location> structured) {
        if (ctx.atLeast(ProtocolVersion.V16_0)) {
            return group.replace(text, structured, Location.named(MeetingRequest.orEmpty(group.get(text))));
        }
        Location location = group.get(structured);
        return group.replace(structured, text, location == null ? "" : location.displayNameOrEmpty());
    }

    @Override
    public ItemClass itemClass() {
        return ItemClass.CALENDAR;
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    CalendarEvent create(List<Entry> entries) {
        return new CalendarEvent(entries);
    }
}
