package org.pushbox.protocol.command.settings;

import java.time.Instant;
import java.util.List;

/**
 * Out-of-office settings, as set by a client or returned by {@code Oof/Get}. Every field may be
 * {@code null} (not sent); the times are UTC.
 */
public record OofSettings(OofState state, Instant startTime, Instant endTime, List<OofMessage> messages) {

    public OofSettings {
        messages = List.copyOf(messages);
    }
}
