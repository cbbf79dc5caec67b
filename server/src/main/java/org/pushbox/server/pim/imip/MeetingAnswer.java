package org.pushbox.server.pim.imip;

import java.time.Instant;
import java.util.Objects;

/**
 * An attendee's answer to a meeting, as the iTIP REPLY (or, with a proposed time, COUNTER) carries it.
 *
 * @param sequence the SEQUENCE of the version answered, repeated as received ([RFC 5546] 3.2.3)
 * @param recurrenceId the occurrence answered, or null for the whole meeting
 * @param proposedStart 16.1: the new time the attendee proposes, or null
 * @param comment the attendee's note (SendResponse Body), or null
 */
public record MeetingAnswer(String uid, int sequence, String organizerEmail, String organizerName, String summary,
        Instant start, Instant end, boolean allDay, Instant recurrenceId, String attendeeEmail, String attendeeName,
        PartStat partStat, Instant proposedStart, Instant proposedEnd, String comment) {

    public MeetingAnswer {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
        Objects.requireNonNull(attendeeEmail, "attendeeEmail");
        Objects.requireNonNull(partStat, "partStat");
    }

    public boolean proposesNewTime() {
        return proposedStart != null && proposedEnd != null;
    }

    public ItipMethod method() {
        return proposesNewTime() ? ItipMethod.COUNTER : ItipMethod.REPLY;
    }
}
