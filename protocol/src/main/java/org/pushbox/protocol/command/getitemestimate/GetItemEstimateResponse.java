package org.pushbox.protocol.command.getitemestimate;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A GetItemEstimate response.
 *
 * @param status    the optional top-level status (a common status when the whole request failed), or {@code null}
 * @param responses one per requested collection
 */
public record GetItemEstimateResponse(EasStatus status, List<Response> responses) {

    public GetItemEstimateResponse {
        responses = List.copyOf(responses);
    }

    /** The estimate for one collection; {@code estimate} is {@code null} unless the status is 1. */
    public record Response(EasStatus status, String collectionId, Integer estimate) {
        public Response {
            Objects.requireNonNull(status, "status");
        }
    }
}
