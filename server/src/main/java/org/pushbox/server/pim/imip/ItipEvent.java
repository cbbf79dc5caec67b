package org.pushbox.server.pim.imip;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.pushbox.storage.api.PropertyMap;

/**
 * One VEVENT of an iTIP message, reduced to what pushbox stores: times as instants (all-day events at
 * midnight of {@code zone}), the recurrence already in the EAS form.
 *
 * @param recurrenceId the occurrence this VEVENT replaces, or null for a single event or a series master
 * @param zone the zone of DTSTART (UTC for UTC and floating times)
 * @param recurrence RecurrenceProperty keys, or null when the event does not repeat (or its RRULE has no EAS form)
 * @param reminderMinutes minutes before the start of the first VALARM, or null
 * @param busyStatus the organizer's intended busy status (0 free, 1 tentative, 2 busy, 3 out of office)
 * @param sensitivity 0 normal, 2 private, 3 confidential
 */
public record ItipEvent(String uid, int sequence, Instant dtStamp, Instant recurrenceId, String summary,
        String location, String description, Instant start, Instant end, boolean allDay, ZoneId zone,
        String organizerEmail, String organizerName, List<ItipAttendee> attendees, PropertyMap recurrence,
        Integer reminderMinutes, int busyStatus, int sensitivity, boolean cancelled) {

    public ItipEvent {
        Objects.requireNonNull(uid, "uid");
        attendees = List.copyOf(attendees);
    }

    /** The attendee with {@code address}, or null. */
    public ItipAttendee attendee(String address) {
        return attendees.stream().filter(a -> a.is(address)).findFirst().orElse(null);
    }

    public boolean recurring() {
        return recurrence != null;
    }
}
