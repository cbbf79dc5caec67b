package org.pushbox.server.pim.imip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.PropertyMap;

/**
 * A meeting the account organizes, as its invitations state it: read from the calendar item a device
 * created, with the organizer being the account (16.x clients do not send the organizer; [MS-ASCAL]
 * 2.2.2.35).
 */
public record OrganizedMeeting(String uid, int sequence, String summary, String location, String description,
        Instant start, Instant end, boolean allDay, String rrule, String organizerEmail, String organizerName,
        List<Invitee> attendees) {

    /** One invited attendee. */
    public record Invitee(String email, String name, int attendeeType) {
    }

    public OrganizedMeeting {
        attendees = List.copyOf(attendees);
    }

    /** The attendees of {@code event} other than the account itself. */
    static List<Invitee> invitees(PropertyMap event, Account account) {
        List<Invitee> out = new ArrayList<>();
        for (PropertyMap a : event.groups(EventProperty.ATTENDEES)) {
            String email = a.text(AttendeeProperty.EMAIL);
            if (email == null || !email.contains("@") || account.addresses().stream().anyMatch(email::equalsIgnoreCase)) {
                continue;
            }
            Long type = a.integer(AttendeeProperty.ATTENDEE_TYPE);
            out.add(new Invitee(email.strip(), a.text(AttendeeProperty.NAME), type == null ? 1 : type.intValue()));
        }
        return out;
    }

    static OrganizedMeeting of(PropertyMap event, String uid, int sequence, Account account, String organizerEmail) {
        Long bodyType = event.integer(EventProperty.BODY_TYPE);
        String description = bodyType == null || bodyType == 1 ? event.text(EventProperty.BODY) : null;
        PropertyMap recurrence = event.group(EventProperty.RECURRENCE);
        return new OrganizedMeeting(uid, sequence, event.text(EventProperty.SUBJECT), event.text(EventProperty.LOCATION),
                description, event.time(EventProperty.START_TIME), event.time(EventProperty.END_TIME),
                Boolean.TRUE.equals(event.bool(EventProperty.ALL_DAY_EVENT)),
                recurrence == null ? null : RecurrenceRules.toRrule(recurrence), organizerEmail, account.displayName(),
                invitees(event, account));
    }
}
