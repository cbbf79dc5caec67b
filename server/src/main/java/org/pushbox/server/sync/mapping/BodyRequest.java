package org.pushbox.server.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.model.Body;

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

    /**
     * This request with every body cut to nothing (Truncated, with its EstimatedDataSize) and previews kept:
     * ConversationMode's rule for messages outside the date window. Plain text is added when the device
     * listed neither plain text nor HTML, since the renderer would otherwise fall back to the whole text.
     */
    public BodyRequest withoutBody() {
        List<BodyPreference> cut = new ArrayList<>();
        for (BodyPreference p : preferences) {
            cut.add(new BodyPreference(p.type(), 0L, null, p.preview()));
        }
        if (preference(Body.PLAIN_TEXT) == null && preference(Body.HTML) == null) {
            cut.add(new BodyPreference(Body.PLAIN_TEXT, 0L, null, null));
        }
        return new BodyRequest(cut, mimeSupport, null);
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
