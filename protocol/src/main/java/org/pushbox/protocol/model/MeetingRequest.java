package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.request.ProtocolVersion;

/**
 * {@code email:MeetingRequest} ([MS-ASEMAIL] 2.2.2.48), written in the order the schema requires.
 * Its times are extended dateTimes, except Recurrence Until. Version forms: up to 14.1 the meeting
 * is identified by {@code GlobalObjId} and placed by the {@code email:Location} string; 16.x uses
 * {@code calendar:UID} and {@code airsyncbase:Location}. Encoding converts whichever the model holds
 * into the target's form.
 */
public final class MeetingRequest extends ElementGroup<MeetingRequest> {

    public static final Field<Boolean> ALL_DAY_EVENT = Field.of(Tags.email("AllDayEvent"), Scalars.BOOLEAN);
    public static final Field<Instant> START_TIME = Field.of(Tags.email("StartTime"), Scalars.DATE_TIME);
    public static final Field<Instant> DT_STAMP = Field.of(Tags.email("DtStamp"), Scalars.DATE_TIME);
    public static final Field<Instant> END_TIME = Field.of(Tags.email("EndTime"), Scalars.DATE_TIME);
    /** 0 single, 1 master of a series, 2 instance, 3 exception, 4 orphan instance. */
    public static final Field<Integer> INSTANCE_TYPE = Field.of(Tags.email("InstanceType"), Scalars.integer(0, 4));
    /** Up to 14.1. */
    public static final Field<String> LOCATION = Field.of(Tags.email("Location"), Scalars.TEXT);
    /** 16.0+. */
    public static final Field<Location> LOCATION_16 = AirSyncBase.LOCATION;
    public static final Field<String> ORGANIZER = Field.of(Tags.email("Organizer"), Scalars.TEXT);
    public static final Field<Instant> RECURRENCE_ID = Field.of(Tags.email("RecurrenceId"), Scalars.DATE_TIME);
    /** Seconds before the start. */
    public static final Field<Integer> REMINDER = Field.of(Tags.email("Reminder"), Scalars.integer(0, Integer.MAX_VALUE));
    public static final Field<Boolean> RESPONSE_REQUESTED = Field.of(Tags.email("ResponseRequested"), Scalars.BOOLEAN);
    public static final Field<List<MeetingRecurrence>> RECURRENCES = Field.of(Tags.email("Recurrences"),
            MeetingRecurrence.LIST);
    public static final Field<Integer> SENSITIVITY = Field.of(Tags.email("Sensitivity"), RecurrenceCodecs.SENSITIVITY);
    public static final Field<Integer> BUSY_STATUS = Field.of(Tags.email("BusyStatus"), RecurrenceCodecs.BUSY_STATUS);
    public static final Field<TimeZoneInformation> TIME_ZONE = Field.of(Tags.email("TimeZone"), Scalars.TIME_ZONE);
    /** Up to 14.1: base64 of the Outlook global object id. */
    public static final Field<String> GLOBAL_OBJ_ID = Field.of(Tags.email("GlobalObjId"), Scalars.TEXT);
    public static final Field<Boolean> DISALLOW_NEW_TIME_PROPOSAL = Field.of(Tags.email("DisallowNewTimeProposal"),
            Scalars.BOOLEAN);
    /** 14.1+: 0 silent, 1 initial request, 2 full update, 3 informational update, 4 outdated, 5 delegator's copy, 6 delegated. */
    public static final Field<Integer> MEETING_MESSAGE_TYPE = Field.of(Tags.email2("MeetingMessageType"),
            Scalars.integer(0, 6));
    /** 16.0+: replaces GlobalObjId. */
    public static final Field<String> UID = Field.of(CodePages.require("Calendar", "UID"), Scalars.text(300))
            .sentOnlyWhen(ctx -> ctx.atLeast(ProtocolVersion.V16_0));
    /** 16.1: a new time proposed by an attendee. */
    public static final Field<Instant> PROPOSED_START_TIME = Field.of(
            CodePages.require("MeetingResponse", "ProposedStartTime"), Scalars.COMPACT_DATE_TIME);
    public static final Field<Instant> PROPOSED_END_TIME = Field.of(
            CodePages.require("MeetingResponse", "ProposedEndTime"), Scalars.COMPACT_DATE_TIME);

    static final Schema SCHEMA = Schema.sequence(ALL_DAY_EVENT, START_TIME, DT_STAMP, END_TIME, INSTANCE_TYPE,
            LOCATION, LOCATION_16, ORGANIZER, RECURRENCE_ID, REMINDER, RESPONSE_REQUESTED, RECURRENCES, SENSITIVITY,
            BUSY_STATUS, TIME_ZONE, GLOBAL_OBJ_ID, DISALLOW_NEW_TIME_PROPOSAL, MEETING_MESSAGE_TYPE, UID,
            PROPOSED_START_TIME, PROPOSED_END_TIME);
    static final ValueCodec<MeetingRequest> CODEC = ElementGroup.codec(SCHEMA, MeetingRequest::new);

    public static final MeetingRequest EMPTY = new MeetingRequest(List.of());

    MeetingRequest(List<Entry> entries) {
        super(entries);
    }

    @Override
    MeetingRequest adaptTo(EncodeContext ctx) {
        if (ctx.atLeast(ProtocolVersion.V16_0)) {
            MeetingRequest m = CalendarEvent.adaptLocation(this, ctx, LOCATION, LOCATION_16);
            String uid = get(GLOBAL_OBJ_ID) == null ? null : GlobalObjectId.toUid(get(GLOBAL_OBJ_ID));
            return uid == null ? m : m.replace(GLOBAL_OBJ_ID, UID, uid);
        }
        MeetingRequest m = CalendarEvent.adaptLocation(this, ctx, LOCATION, LOCATION_16);
        return get(UID) == null ? m : m.replace(UID, GLOBAL_OBJ_ID, GlobalObjectId.fromUid(get(UID)));
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    MeetingRequest create(List<Entry> entries) {
        return new MeetingRequest(entries);
    }
}
