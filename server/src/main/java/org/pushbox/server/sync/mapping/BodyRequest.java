package org.pushbox.server.sync.mapping;

import java.util.List;
import org.pushbox.protocol.command.sync.BodyPreference;

/**
 * What body a device asked for in its collection options: its BodyPreferences in order, MIMESupport
 * (0 never, 1 S/MIME only, 2 always) and MIMETruncation (0-8, or null).
 */
public record BodyRequest(List<BodyPreference> preferences, int mimeSupport, Integer mimeTruncation) {

    /** A 12.1-era request without preferences: whole plain-text bodies. */
    public static final BodyRequest DEFAULT = new BodyRequest(List.of(), 0, null);

    public BodyRequest {
        preferences = List.copyOf(preferences);
    }

    /** The preference for {@code type}, or null when the device did not list it. */
    public BodyPreference preference(int type) {
        for (BodyPreference p : preferences) {
            if (p.type() == type) {
                return p;
            }
        }
        return null;
    }
}
