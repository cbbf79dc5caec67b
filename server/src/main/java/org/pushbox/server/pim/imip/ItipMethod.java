package org.pushbox.server.pim.imip;

import java.util.Locale;
import java.util.Optional;

/** The iTIP methods ([RFC 5546] 1.4) that pushbox acts on; the others leave a message an ordinary mail. */
public enum ItipMethod {
    REQUEST,
    CANCEL,
    REPLY,
    /** An attendee's proposed new time; sent by MeetingResponse 16.1, shown as a tentative reply when received. */
    COUNTER;

    /** The method named by an iCalendar METHOD value, when it is one of these. */
    public static Optional<ItipMethod> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
