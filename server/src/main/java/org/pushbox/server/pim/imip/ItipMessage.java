package org.pushbox.server.pim.imip;

import java.util.List;
import java.util.Objects;

/**
 * A parsed iTIP message: its method and the VEVENTs of one UID, the series master (or the single event)
 * first, then overridden occurrences.
 */
public record ItipMessage(ItipMethod method, List<ItipEvent> events) {

    public ItipMessage {
        Objects.requireNonNull(method, "method");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no event");
        }
    }

    /** The master or single event, else the first overridden occurrence. */
    public ItipEvent main() {
        return events.get(0);
    }

    public String uid() {
        return main().uid();
    }

    /** True when the message carries only overridden occurrences (an update of one instance of a series). */
    public boolean instanceOnly() {
        return main().recurrenceId() != null;
    }
}
