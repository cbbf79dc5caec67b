package org.pushbox.server.pim.imip;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EventExceptionProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.MeetingRequestProperty;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.RecurrenceProperty;

/**
 * The stored forms of a received meeting: the {@code email:MeetingRequest} group of the invitation
 * ([MS-ASEMAIL] 2.2.2.48) and the attendee's calendar item ([MS-ASCAL]).
 */
final class MeetingContent {

    /** calendar:MeetingStatus: a meeting received from someone else, and the same cancelled. */
    static final int RECEIVED = 3;
    static final int RECEIVED_CANCELLED = 7;
    /** calendar:MeetingStatus of the organizer's own meeting, and its cancelled form. */
    static final int ORGANIZED = 1;
    static final int BUSY_TENTATIVE = 1;
    static final int BUSY_FREE = 0;

    private MeetingContent() {
    }

    /**
     * @param messageType email2:MeetingMessageType (1 new, 2 full update, 4 outdated, 0 otherwise)
     */
    static PropertyMap meetingRequest(ItipMessage message, int messageType, boolean responseRequested) {
        ItipEvent e = message.main();
        PropertyMap.Builder b = PropertyMap.builder()
                .bool(MeetingRequestProperty.ALL_DAY_EVENT, e.allDay())
                .time(MeetingRequestProperty.START_TIME, e.start())
                .time(MeetingRequestProperty.END_TIME, e.end())
                .time(MeetingRequestProperty.DT_STAMP, e.dtStamp())
                .integer(MeetingRequestProperty.INSTANCE_TYPE, instanceType(message))
                .text(MeetingRequestProperty.LOCATION, e.location())
                .text(MeetingRequestProperty.ORGANIZER, organizer(e))
                .time(MeetingRequestProperty.RECURRENCE_ID, e.recurrenceId())
                .bool(MeetingRequestProperty.RESPONSE_REQUESTED, responseRequested)
                .integer(MeetingRequestProperty.SENSITIVITY, e.sensitivity())
                .integer(MeetingRequestProperty.BUSY_STATUS, e.busyStatus())
                .bytes(MeetingRequestProperty.TIME_ZONE, timeZone(e).toBytes())
                // The UID is kept as is; the codec writes it as calendar:UID (16.x) or wraps it into the
                // GlobalObjId form Exchange uses for non-Outlook UIDs ([MS-OXOCAL] 2.2.1.27) up to 14.1.
                .text(MeetingRequestProperty.UID, e.uid())
                .integer(MeetingRequestProperty.MEETING_MESSAGE_TYPE, messageType);
        if (e.reminderMinutes() != null) {
            b.integer(MeetingRequestProperty.REMINDER, e.reminderMinutes() * 60L); // email:Reminder is seconds
        }
        if (e.recurrence() != null && e.recurrenceId() == null) {
            b.groups(MeetingRequestProperty.RECURRENCES, List.of(e.recurrence()));
        }
        if (e.start() == null) {
            b.remove(MeetingRequestProperty.START_TIME.key());
        }
        return b.build();
    }

    /** 0 single, 1 master of a series, 3 an exception of a series ([MS-ASEMAIL] 2.2.2.41). */
    private static int instanceType(ItipMessage message) {
        ItipEvent e = message.main();
        if (e.recurrenceId() != null) {
            return 3;
        }
        return e.recurring() ? 1 : 0;
    }

    static String organizer(ItipEvent e) {
        if (e.organizerEmail() == null) {
            return null;
        }
        if (e.organizerName() == null) {
            return e.organizerEmail();
        }
        return "\"" + e.organizerName().replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + e.organizerEmail() + ">";
    }

    static TimeZoneInformation timeZone(ItipEvent e) {
        return e.allDay() ? TimeZoneInformation.UTC : ZoneBlob.of(e.zone(), e.start());
    }

    /**
     * The attendee's calendar item for a REQUEST: tentative and not yet answered ([MS-ASCAL] MeetingStatus 3,
     * ResponseType 5), with overridden occurrences as exceptions. {@code keep} supplies what the user set on
     * an earlier version that an update does not replace (categories, own reminder).
     */
    static PropertyMap event(ItipMessage message, PropertyMap keep, boolean responseRequested) {
        ItipEvent e = message.main();
        PropertyMap.Builder b = PropertyMap.builder()
                .bytes(EventProperty.TIME_ZONE, timeZone(e).toBytes())
                .bool(EventProperty.ALL_DAY_EVENT, e.allDay())
                .time(EventProperty.START_TIME, e.start())
                .time(EventProperty.END_TIME, e.end())
                .time(EventProperty.DT_STAMP, e.dtStamp())
                .text(EventProperty.SUBJECT, e.summary())
                .text(EventProperty.UID, e.uid())
                .text(EventProperty.ORGANIZER_NAME, e.organizerName())
                .text(EventProperty.ORGANIZER_EMAIL, e.organizerEmail())
                .text(EventProperty.LOCATION, e.location())
                .integer(EventProperty.SENSITIVITY, e.sensitivity())
                .integer(EventProperty.BUSY_STATUS, BUSY_TENTATIVE)
                .integer(EventProperty.MEETING_STATUS, e.cancelled() ? RECEIVED_CANCELLED : RECEIVED)
                .groups(EventProperty.ATTENDEES, attendees(e.attendees()))
                .bool(EventProperty.RESPONSE_REQUESTED, responseRequested)
                .integer(EventProperty.RESPONSE_TYPE, PartStat.NEEDS_ACTION.responseType())
                .integer(MeetingProperty.SEQUENCE, e.sequence());
        if (e.description() != null) {
            b.text(EventProperty.BODY, e.description()).integer(EventProperty.BODY_TYPE, 1);
        }
        if (e.reminderMinutes() != null) {
            b.integer(EventProperty.REMINDER, e.reminderMinutes());
        }
        if (e.recurrence() != null) {
            b.group(EventProperty.RECURRENCE, e.recurrence());
            List<PropertyMap> exceptions = new ArrayList<>();
            for (ItipEvent occurrence : message.events().subList(1, message.events().size())) {
                exceptions.add(exception(occurrence));
            }
            if (!exceptions.isEmpty()) {
                b.groups(EventProperty.EXCEPTIONS, exceptions);
            }
        }
        if (keep != null) {
            keep.get(EventProperty.CATEGORIES).ifPresent(v -> b.put(EventProperty.CATEGORIES, v));
        }
        return b.build();
    }

    /** An overridden occurrence: its original start and what differs. */
    static PropertyMap exception(ItipEvent occurrence) {
        PropertyMap.Builder b = PropertyMap.builder()
                .time(EventExceptionProperty.EXCEPTION_START_TIME, occurrence.recurrenceId())
                .time(EventExceptionProperty.START_TIME, occurrence.start())
                .time(EventExceptionProperty.END_TIME, occurrence.end())
                .text(EventExceptionProperty.SUBJECT, occurrence.summary())
                .text(EventExceptionProperty.LOCATION, occurrence.location())
                .time(EventExceptionProperty.DT_STAMP, occurrence.dtStamp());
        if (occurrence.cancelled()) {
            b.bool(EventExceptionProperty.DELETED, true);
        }
        return b.build();
    }

    static List<PropertyMap> attendees(List<ItipAttendee> attendees) {
        List<PropertyMap> out = new ArrayList<>(attendees.size());
        for (ItipAttendee a : attendees) {
            out.add(attendee(a.email(), a.name(), a.partStat().attendeeStatus(), a.attendeeType()));
        }
        return out;
    }

    static PropertyMap attendee(String email, String name, int status, int type) {
        return PropertyMap.builder().text(AttendeeProperty.EMAIL, email)
                .text(AttendeeProperty.NAME, name == null ? email : name)
                .integer(AttendeeProperty.STATUS, status).integer(AttendeeProperty.ATTENDEE_TYPE, type).build();
    }

    /** Whether {@code recurrence} names a pattern at all (a stored group may be empty). */
    static boolean hasPattern(PropertyMap recurrence) {
        return recurrence != null && recurrence.integer(RecurrenceProperty.TYPE) != null;
    }
}
