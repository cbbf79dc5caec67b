package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;

/**
 * The Calendar fields that both an event and its Exceptions carry ([MS-ASCAL] 2.2.2). Kept in a
 * holder of their own so that {@link CalendarEvent} (which nests exceptions) and
 * {@link CalendarException} can share them without a static-initialisation cycle.
 */
final class CalendarFields {

    private CalendarFields() {
    }

    static final Field<TimeZoneInformation> TIMEZONE = Field.of(Tags.calendar("Timezone"), Scalars.TIME_ZONE);
    static final Field<Instant> DT_STAMP = Field.of(Tags.calendar("DtStamp"), Scalars.COMPACT_DATE_TIME)
            .sentOnlyWhen(ctx -> !ctx.isRequest16());
    static final Field<Instant> START_TIME = Field.of(Tags.calendar("StartTime"), Scalars.COMPACT_DATE_TIME);
    static final Field<String> SUBJECT = Field.of(Tags.calendar("Subject"), Scalars.TEXT);
    static final Field<String> UID = Field.of(Tags.calendar("UID"), Scalars.text(300))
            .sentOnlyWhen(ctx -> !ctx.isRequest16());
    static final Field<String> ORGANIZER_NAME = Field.of(Tags.calendar("OrganizerName"), Scalars.TEXT)
            .sentOnlyWhen(ctx -> !ctx.isRequest16());
    static final Field<String> ORGANIZER_EMAIL = Field.of(Tags.calendar("OrganizerEmail"), Scalars.TEXT)
            .sentOnlyWhen(ctx -> !ctx.isRequest16());
    static final Field<List<Attendee>> ATTENDEES = Field.of(Tags.calendar("Attendees"),
            Lists.of(Tags.calendar("Attendee"), Attendee.CODEC, 100_000));
    static final Field<String> LOCATION = Field.of(Tags.calendar("Location"), Scalars.TEXT);
    static final Field<Instant> END_TIME = Field.of(Tags.calendar("EndTime"), Scalars.COMPACT_DATE_TIME);
    static final Field<Recurrence> RECURRENCE = Field.of(Tags.calendar("Recurrence"), Recurrence.CODEC);
    static final Field<Integer> SENSITIVITY = Field.of(Tags.calendar("Sensitivity"), RecurrenceCodecs.SENSITIVITY);
    static final Field<Integer> BUSY_STATUS = Field.of(Tags.calendar("BusyStatus"), RecurrenceCodecs.BUSY_STATUS);
    static final Field<Boolean> ALL_DAY_EVENT = Field.of(Tags.calendar("AllDayEvent"), Scalars.BOOLEAN);
    /** Minutes before the start. */
    static final Field<Integer> REMINDER = Field.of(Tags.calendar("Reminder"), Scalars.integer(0, Integer.MAX_VALUE));
    /** 0 appointment, 1 meeting (organizer), 3 received, 5 cancelled, 7 cancelled and received; +8 duplicates. */
    static final Field<Integer> MEETING_STATUS = Field.of(Tags.calendar("MeetingStatus"),
            Scalars.oneOf(0, 1, 3, 5, 7, 9, 11, 13, 15));
    static final Field<List<String>> CATEGORIES = Field.of(Tags.calendar("Categories"),
            Lists.of(Tags.calendar("Category"), Scalars.TEXT, 300));
    static final Field<Boolean> RESPONSE_REQUESTED = Field.of(Tags.calendar("ResponseRequested"), Scalars.BOOLEAN);
    static final Field<Instant> APPOINTMENT_REPLY_TIME = Field.of(Tags.calendar("AppointmentReplyTime"),
            Scalars.COMPACT_DATE_TIME);
    /** 0 none, 1 organizer, 2 tentative, 3 accepted, 4 declined, 5 not responded. */
    static final Field<Integer> RESPONSE_TYPE = Field.of(Tags.calendar("ResponseType"), Scalars.integer(0, 5));
    static final Field<Boolean> DISALLOW_NEW_TIME_PROPOSAL = Field.of(Tags.calendar("DisallowNewTimeProposal"),
            Scalars.BOOLEAN);
    static final Field<String> ONLINE_MEETING_CONF_LINK = Field.of(Tags.calendar("OnlineMeetingConfLink"),
            Scalars.TEXT);
    static final Field<String> ONLINE_MEETING_EXTERNAL_LINK = Field.of(Tags.calendar("OnlineMeetingExternalLink"),
            Scalars.TEXT);
    /** Request-only ([MS-ASCAL] 2.2.2.13): the server uses it to detect a repeated Add. */
    static final Field<String> CLIENT_UID = Field.of(Tags.calendar("ClientUid"), Scalars.text(300))
            .sentOnlyWhen(EncodeContext::toServer);
    static final Field<Boolean> DELETED = Field.of(Tags.calendar("Deleted"), Scalars.BOOLEAN);
    static final Field<Instant> EXCEPTION_START_TIME = Field.of(Tags.calendar("ExceptionStartTime"),
            Scalars.COMPACT_DATE_TIME);
}
