package org.pushbox.server.pim.imip;

import java.util.Locale;
import java.util.Objects;

/**
 * One ATTENDEE of an iTIP event.
 *
 * @param email the mailto address, as written
 * @param name the CN parameter, or null
 * @param partStat its PARTSTAT
 * @param attendeeType calendar:AttendeeType: 1 required, 2 optional, 3 resource
 * @param rsvp whether the organizer asks this attendee to answer
 */
public record ItipAttendee(String email, String name, PartStat partStat, int attendeeType, boolean rsvp) {

    public ItipAttendee {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(partStat, "partStat");
    }

    public boolean is(String address) {
        return address != null && email.toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT));
    }
}
