package org.pushbox.protocol.command.search;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A Search response.
 *
 * @param status the top-level status
 * @param store  the store's results, or {@code null} when the request failed as a whole
 */
public record SearchResponse(EasStatus status, Store store) {

    public SearchResponse {
        Objects.requireNonNull(status, "status");
    }

    /**
     * The results of the store. Android needs both {@code range} and {@code total} whenever there are
     * results; an empty result is status 1, no results, total 0 and no range.
     */
    public record Store(EasStatus status, List<Result> results, Range range, Integer total) {
        public Store {
            Objects.requireNonNull(status, "status");
            results = List.copyOf(results);
        }
    }

    /**
     * One hit: for the mailbox its class, LongId and folder; {@code properties} are the children of
     * {@code Properties} (GAL page elements, or e-mail elements with airsyncbase:Body), carried as
     * WBXML like Sync's ApplicationData; {@code null} to send none.
     */
    public record Result(ItemClass itemClass, String longId, String collectionId, List<WbxmlElement> properties) {
        public Result {
            properties = properties == null ? null : List.copyOf(properties);
        }
    }
}
