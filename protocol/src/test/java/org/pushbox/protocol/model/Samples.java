package org.pushbox.protocol.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.command.Bytes;

/** Items that use (nearly) every element of their class, for version and schema tests. */
final class Samples {

    static final Instant T1 = Instant.parse("2026-11-22T05:06:47Z");
    static final Instant T2 = Instant.parse("2026-11-22T06:00:00Z");
    static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");

    private Samples() {
    }

    static Body body() {
        return Body.of(Body.HTML, "<p>Hello</p>").with(Body.TRUNCATED, false).with(Body.PREVIEW, "Hello");
    }

    static Email email() {
        Attachment attachment = Attachment.EMPTY.with(Attachment.DISPLAY_NAME, "voice.wma")
                .with(Attachment.FILE_REFERENCE, "5%3a1%3a0").with(Attachment.METHOD, 1)
                .with(Attachment.ESTIMATED_DATA_SIZE, 5920L).with(Attachment.CONTENT_ID, "cid1")
                .with(Attachment.CONTENT_LOCATION, "voice.wma").with(Attachment.IS_INLINE, false)
                .with(Attachment.UM_ATT_DURATION, 12).with(Attachment.UM_ATT_ORDER, 1);
        MeetingRecurrence recurrence = MeetingRecurrence.EMPTY.with(MeetingRecurrence.TYPE, 6)
                .with(MeetingRecurrence.INTERVAL, 1).with(MeetingRecurrence.UNTIL, DAY)
                .with(MeetingRecurrence.WEEK_OF_MONTH, 5).with(MeetingRecurrence.DAY_OF_WEEK, 2)
                .with(MeetingRecurrence.MONTH_OF_YEAR, 11).with(MeetingRecurrence.CALENDAR_TYPE, 1)
                .with(MeetingRecurrence.IS_LEAP_MONTH, false).with(MeetingRecurrence.FIRST_DAY_OF_WEEK, 1);
        MeetingRequest meeting = MeetingRequest.EMPTY.with(MeetingRequest.ALL_DAY_EVENT, false)
                .with(MeetingRequest.START_TIME, T1).with(MeetingRequest.DT_STAMP, T1).with(MeetingRequest.END_TIME, T2)
                .with(MeetingRequest.INSTANCE_TYPE, 1).with(MeetingRequest.LOCATION, "Room 1")
                .with(MeetingRequest.ORGANIZER, "\"A\" <a@example.org>").with(MeetingRequest.REMINDER, 900)
                .with(MeetingRequest.RESPONSE_REQUESTED, true).with(MeetingRequest.RECURRENCES, List.of(recurrence))
                .with(MeetingRequest.SENSITIVITY, 0).with(MeetingRequest.BUSY_STATUS, 1)
                .with(MeetingRequest.TIME_ZONE, TimeZoneInformation.UTC)
                .with(MeetingRequest.GLOBAL_OBJ_ID, GlobalObjectId.fromUid("040000008200E00074C5B7101A82E00800000000"
                        + "98607E8C4415CE01000000000000000010000000"))
                .with(MeetingRequest.DISALLOW_NEW_TIME_PROPOSAL, false).with(MeetingRequest.MEETING_MESSAGE_TYPE, 1);
        Flag flag = Flag.CLEARED.with(Flag.STATUS, 2).with(Flag.FLAG_TYPE, "Follow up").with(Flag.START_DATE, DAY)
                .with(Flag.UTC_START_DATE, DAY).with(Flag.DUE_DATE, DAY).with(Flag.UTC_DUE_DATE, DAY)
                .with(Flag.REMINDER_SET, true).with(Flag.REMINDER_TIME, T1);
        return Email.EMPTY.with(Email.TO, "\"B\" <b@example.org>").with(Email.CC, "c@example.org")
                .with(Email.FROM, "\"A\" <a@example.org>").with(Email.SUBJECT, "Plan").with(Email.REPLY_TO, "a@example.org")
                .with(Email.DATE_RECEIVED, T1).with(Email.DISPLAY_TO, "B").with(Email.THREAD_TOPIC, "Plan")
                .with(Email.IMPORTANCE, 1).with(Email.READ, false).with(Email.ATTACHMENTS, Attachments.of(List.of(attachment)))
                .with(Email.BODY, body()).with(Email.MESSAGE_CLASS, "IPM.Schedule.Meeting.Request")
                .with(Email.MEETING_REQUEST, meeting).with(Email.INTERNET_CPID, "65001").with(Email.FLAG, flag)
                .with(Email.CONTENT_CLASS, "urn:content-classes:calendarmessage").with(Email.NATIVE_BODY_TYPE, 2)
                .with(Email.UM_CALLER_ID, "+3312345678").with(Email.UM_USER_NOTES, "call back")
                .with(Email.CONVERSATION_ID, Bytes.of(new byte[] {1, 2, 3, (byte) 0xFF}))
                .with(Email.CONVERSATION_INDEX, Bytes.of(new byte[] {9, 8, 7, 6, 5}))
                .with(Email.LAST_VERB_EXECUTED, 1).with(Email.LAST_VERB_EXECUTION_TIME, T1)
                .with(Email.RECEIVED_AS_BCC, false).with(Email.SENDER, "s@example.org")
                .with(Email.CATEGORIES, List.of("Red", "Blue")).with(Email.ACCOUNT_ID, "1")
                .with(Email.IS_DRAFT, false);
    }

    static CalendarEvent event() {
        Attendee attendee = Attendee.of("b@example.org", "B").with(Attendee.ATTENDEE_STATUS, 3)
                .with(Attendee.ATTENDEE_TYPE, 1);
        Recurrence weekly = Recurrence.EMPTY.with(Recurrence.TYPE, 1).with(Recurrence.INTERVAL, 1)
                .with(Recurrence.DAY_OF_WEEK, 62).with(Recurrence.UNTIL, DAY).with(Recurrence.CALENDAR_TYPE, 0)
                .with(Recurrence.IS_LEAP_MONTH, false).with(Recurrence.FIRST_DAY_OF_WEEK, 1);
        CalendarException moved = CalendarException.EMPTY.with(CalendarException.EXCEPTION_START_TIME, T1)
                .with(CalendarException.START_TIME, T2).with(CalendarException.END_TIME, DAY)
                .with(CalendarException.SUBJECT, "Moved").with(CalendarException.LOCATION, "Room 2")
                .with(CalendarException.BODY, Body.of(Body.PLAIN_TEXT, "moved"))
                .with(CalendarException.CATEGORIES, List.of("Red")).with(CalendarException.SENSITIVITY, 0)
                .with(CalendarException.BUSY_STATUS, 2).with(CalendarException.ALL_DAY_EVENT, false)
                .with(CalendarException.REMINDER, 10).with(CalendarException.DT_STAMP, T1)
                .with(CalendarException.MEETING_STATUS, 1).with(CalendarException.ATTENDEES, List.of(attendee))
                .with(CalendarException.APPOINTMENT_REPLY_TIME, T1).with(CalendarException.RESPONSE_TYPE, 1);
        return CalendarEvent.EMPTY.with(CalendarEvent.TIMEZONE, TimeZoneInformation.UTC).with(CalendarEvent.DT_STAMP, T1)
                .with(CalendarEvent.START_TIME, T1).with(CalendarEvent.SUBJECT, "Weekly")
                .with(CalendarEvent.UID, "040000008200E00074C5B7101A82E008").with(CalendarEvent.ORGANIZER_NAME, "A")
                .with(CalendarEvent.ORGANIZER_EMAIL, "a@example.org").with(CalendarEvent.ATTENDEES, List.of(attendee))
                .with(CalendarEvent.LOCATION, "Room 1").with(CalendarEvent.END_TIME, T2)
                .with(CalendarEvent.RECURRENCE, weekly).with(CalendarEvent.BODY, body())
                .with(CalendarEvent.SENSITIVITY, 0).with(CalendarEvent.BUSY_STATUS, 2)
                .with(CalendarEvent.ALL_DAY_EVENT, false).with(CalendarEvent.REMINDER, 15)
                .with(CalendarEvent.EXCEPTIONS, List.of(moved, CalendarException.deleted(DAY)))
                .with(CalendarEvent.MEETING_STATUS, 1).with(CalendarEvent.CATEGORIES, List.of("Red"))
                .with(CalendarEvent.NATIVE_BODY_TYPE, 2).with(CalendarEvent.RESPONSE_REQUESTED, true)
                .with(CalendarEvent.APPOINTMENT_REPLY_TIME, T1).with(CalendarEvent.RESPONSE_TYPE, 1)
                .with(CalendarEvent.DISALLOW_NEW_TIME_PROPOSAL, false)
                .with(CalendarEvent.ONLINE_MEETING_CONF_LINK, "https://meet.example.org/1")
                .with(CalendarEvent.ONLINE_MEETING_EXTERNAL_LINK, "https://meet.example.org/x")
                .with(CalendarEvent.CLIENT_UID, "client-1");
    }

    static Contact contact() {
        Contact c = Contact.EMPTY;
        for (Field<?> f : Contact.SCHEMA.fields()) {
            c = set(c, f);
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Contact set(Contact c, Field<?> f) {
        if (f == Contact.ANNIVERSARY || f == Contact.BIRTHDAY) {
            return c.with((Field<Instant>) f, DAY);
        }
        if (f == Contact.CATEGORIES || f == Contact.CHILDREN) {
            return c.with((Field<List<String>>) f, List.of("one", "two"));
        }
        if (f == Contact.PICTURE) {
            return c.with(Contact.PICTURE, Bytes.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        }
        if (f == Contact.BODY) {
            return c.with(Contact.BODY, Body.of(Body.PLAIN_TEXT, "note"));
        }
        if (f == Contact.WEIGHTED_RANK) {
            return c.with(Contact.WEIGHTED_RANK, 7);
        }
        if (f == Contact.NATIVE_BODY_TYPE) {
            return c.with(Contact.NATIVE_BODY_TYPE, 1);
        }
        return c.with((Field<String>) f, f.tag().name() + " value");
    }

    static Task task() {
        TaskRecurrence recurrence = TaskRecurrence.EMPTY.with(TaskRecurrence.TYPE, 3).with(TaskRecurrence.START, DAY)
                .with(TaskRecurrence.UNTIL, DAY).with(TaskRecurrence.INTERVAL, 1).with(TaskRecurrence.DAY_OF_WEEK, 2)
                .with(TaskRecurrence.WEEK_OF_MONTH, 5).with(TaskRecurrence.REGENERATE, false)
                .with(TaskRecurrence.DEAD_OCCUR, false).with(TaskRecurrence.CALENDAR_TYPE, 1)
                .with(TaskRecurrence.IS_LEAP_MONTH, false).with(TaskRecurrence.FIRST_DAY_OF_WEEK, 0);
        return Task.EMPTY.with(Task.SUBJECT, "Report").with(Task.BODY, Body.of(Body.PLAIN_TEXT, "write it"))
                .with(Task.IMPORTANCE, 2).with(Task.UTC_START_DATE, DAY).with(Task.START_DATE, DAY)
                .with(Task.UTC_DUE_DATE, DAY).with(Task.DUE_DATE, DAY).with(Task.CATEGORIES, List.of("Work"))
                .with(Task.RECURRENCE, recurrence).with(Task.COMPLETE, true).with(Task.DATE_COMPLETED, T1)
                .with(Task.SENSITIVITY, 1).with(Task.REMINDER_TIME, T1).with(Task.REMINDER_SET, true)
                .with(Task.ORDINAL_DATE, T1).with(Task.SUB_ORDINAL_DATE, "5000000000");
    }

    static Note note() {
        return Note.EMPTY.with(Note.SUBJECT, "Idea").with(Note.BODY, Body.of(Body.PLAIN_TEXT, "text"))
                .with(Note.MESSAGE_CLASS, "IPM.StickyNote").with(Note.LAST_MODIFIED_DATE, T2)
                .with(Note.CATEGORIES, List.of("Yellow"));
    }

    static Location location() {
        return Location.named("Office").with(Location.CITY, "Paris").with(Location.LATITUDE, new BigDecimal("48.8566"))
                .with(Location.LONGITUDE, new BigDecimal("2.3522"));
    }
}
