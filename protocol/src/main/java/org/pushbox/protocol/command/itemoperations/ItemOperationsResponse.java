package org.pushbox.protocol.command.itemoperations;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ItemClass;

/**
 * An ItemOperations response: the top-level status and one result per operation, in request order.
 *
 * @param results {@code null} to send no {@code Response} (a failed request)
 */
public record ItemOperationsResponse(EasStatus status, List<Result> results) {

    public ItemOperationsResponse {
        Objects.requireNonNull(status, "status");
        results = results == null ? null : List.copyOf(results);
    }

    /** The result of one operation. */
    public sealed interface Result {
        EasStatus status();
    }

    /** A Fetch result: the identifiers the request used, the class of an item, and its properties (or {@code null}). */
    public record FetchResult(EasStatus status, String collectionId, String serverId, String longId, ItemClass itemClass,
            String linkId, String fileReference, FetchProperties properties) implements Result {
        public FetchResult {
            Objects.requireNonNull(status, "status");
        }
    }

    public record EmptyFolderContentsResult(EasStatus status, String collectionId) implements Result {
        public EmptyFolderContentsResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(collectionId, "collectionId");
        }
    }

    public record MoveResult(EasStatus status, Bytes conversationId) implements Result {
        public MoveResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }
}
