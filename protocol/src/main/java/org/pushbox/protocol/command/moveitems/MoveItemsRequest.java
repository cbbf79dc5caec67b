package org.pushbox.protocol.command.moveitems;

import java.util.List;
import java.util.Objects;

/** A MoveItems request: moves, in request order. */
public record MoveItemsRequest(List<Move> moves) {

    public MoveItemsRequest {
        moves = List.copyOf(moves);
    }

    /** Move item {@code srcMsgId} from folder {@code srcFldId} to folder {@code dstFldId}. */
    public record Move(String srcMsgId, String srcFldId, String dstFldId) {
        public Move {
            Objects.requireNonNull(srcMsgId, "srcMsgId");
            Objects.requireNonNull(srcFldId, "srcFldId");
            Objects.requireNonNull(dstFldId, "dstFldId");
        }
    }
}
