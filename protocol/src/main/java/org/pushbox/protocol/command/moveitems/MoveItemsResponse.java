package org.pushbox.protocol.command.moveitems;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A MoveItems response.
 *
 * @param status    the optional top-level status (a common status when the whole request failed), or {@code null}
 * @param responses one per requested move, in request order
 */
public record MoveItemsResponse(EasStatus status, List<Response> responses) {

    public MoveItemsResponse {
        responses = List.copyOf(responses);
    }

    /** The outcome of one move; {@code dstMsgId} is the item's new ServerId (on success), else {@code null}. */
    public record Response(String srcMsgId, EasStatus status, String dstMsgId) {
        public Response {
            Objects.requireNonNull(srcMsgId, "srcMsgId");
            Objects.requireNonNull(status, "status");
        }
    }
}
