package org.pushbox.protocol.command.resolverecipients;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.command.PictureOptions;

/**
 * A ResolveRecipients request: names or addresses to resolve, in order, and options.
 *
 * @param options {@code null} when absent
 */
public record ResolveRecipientsRequest(List<String> to, Options options) {

    public ResolveRecipientsRequest {
        to = List.copyOf(to);
    }

    /**
     * @param certificateRetrieval 1 none (the default), 2 full certificates, 3 mini certificates; {@code null} when absent
     * @param availability         14.0+: the free/busy window, or {@code null}
     * @param picture              14.1+, or {@code null}
     */
    public record Options(Integer certificateRetrieval, Integer maxCertificates, Integer maxAmbiguousRecipients,
            Availability availability, PictureOptions picture) {
    }

    /** The window of the merged free/busy string; end is after start. */
    public record Availability(Instant startTime, Instant endTime) {
    }
}
