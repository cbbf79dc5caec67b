package org.pushbox.server.pim.imip;

import java.time.Instant;

/** Writes the iCalendar objects pushbox sends ([RFC 5546]): an attendee's REPLY or COUNTER. */
public final class ItipWriter {

    static final String PRODID = "-//pushbox//pushbox//EN";

    private ItipWriter() {
    }

    /**
     * REPLY ([RFC 5546] 3.2.3): UID, SEQUENCE as received, DTSTAMP, ORGANIZER and exactly one ATTENDEE, the
     * responder, with its PARTSTAT. COUNTER (3.2.7) instead when a new time is proposed: the proposed
     * DTSTART/DTEND, the responder as the one ATTENDEE.
     */
    public static String answer(MeetingAnswer a, Instant now) {
        IcsText ics = new IcsText().line("BEGIN", "VCALENDAR").line("PRODID", PRODID).line("VERSION", "2.0")
                .line("METHOD", a.method().name()).line("BEGIN", "VEVENT")
                .text("UID", a.uid())
                .line("SEQUENCE", Integer.toString(a.sequence()))
                .utc("DTSTAMP", now)
                .time("RECURRENCE-ID", a.recurrenceId(), false);
        if (a.proposesNewTime()) {
            ics.utc("DTSTART", a.proposedStart()).utc("DTEND", a.proposedEnd());
        } else {
            ics.time("DTSTART", a.start(), a.allDay()).time("DTEND", a.end(), a.allDay());
        }
        ics.text("SUMMARY", a.summary())
                .line("ORGANIZER" + cn(a.organizerName()), "mailto:" + a.organizerEmail())
                .line("ATTENDEE;PARTSTAT=" + a.partStat().ical() + cn(a.attendeeName()), "mailto:" + a.attendeeEmail())
                .text("COMMENT", a.comment())
                .line("END", "VEVENT").line("END", "VCALENDAR");
        return ics.toString();
    }

    /**
     * REQUEST or CANCEL ([RFC 5546] 3.2.2, 3.2.5) of a meeting the account organizes, from its stored
     * calendar item: every attendee with PARTSTAT=NEEDS-ACTION and RSVP=TRUE on a REQUEST. Times are UTC.
     */
    public static String invitation(ItipMethod method, OrganizedMeeting m, Instant now) {
        IcsText ics = new IcsText().line("BEGIN", "VCALENDAR").line("PRODID", PRODID).line("VERSION", "2.0")
                .line("METHOD", method.name()).line("BEGIN", "VEVENT")
                .text("UID", m.uid())
                .line("SEQUENCE", Integer.toString(m.sequence()))
                .utc("DTSTAMP", now)
                .time("DTSTART", m.start(), m.allDay())
                .time("DTEND", m.end(), m.allDay());
        if (m.rrule() != null) {
            ics.line("RRULE", m.rrule());
        }
        ics.text("SUMMARY", m.summary()).text("LOCATION", m.location()).text("DESCRIPTION", m.description())
                .line("STATUS", method == ItipMethod.CANCEL ? "CANCELLED" : "CONFIRMED")
                .line("ORGANIZER" + cn(m.organizerName()), "mailto:" + m.organizerEmail());
        for (OrganizedMeeting.Invitee a : m.attendees()) {
            String role = a.attendeeType() == 2 ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT";
            String cutype = a.attendeeType() == 3 ? ";CUTYPE=RESOURCE" : "";
            ics.line("ATTENDEE;ROLE=" + role + cutype + ";PARTSTAT=NEEDS-ACTION"
                    + (method == ItipMethod.REQUEST ? ";RSVP=TRUE" : "") + cn(a.name()), "mailto:" + a.email());
        }
        return ics.line("END", "VEVENT").line("END", "VCALENDAR").toString();
    }

    static String cn(String name) {
        return name == null || name.isBlank() ? "" : ";CN=" + IcsText.param(name);
    }
}
