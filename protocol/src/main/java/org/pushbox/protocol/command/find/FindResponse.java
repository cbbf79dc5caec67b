package org.pushbox.protocol.command.find;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A Find response.
 *
 * @param response {@code null} when the request failed as a whole
 */
public record FindResponse(EasStatus status, Response response) {

    public FindResponse {
        Objects.requireNonNull(status, "status");
    }

    /**
     * The results of the store ({@code itemoperations:Store}: {@code Mailbox} or {@code GAL}), with the
     * range returned and the total number of matches.
     */
    public record Response(String store, EasStatus status, List<Result> results, Range range, Integer total) {
        public Response {
            Objects.requireNonNull(status, "status");
            results = List.copyOf(results);
        }
    }

    /**
     * One hit; {@code properties} are the children of {@code Properties} (e-mail summary elements, or GAL
     * elements), carried as WBXML.
     */
    public record Result(ItemClass itemClass, String serverId, String collectionId, List<WbxmlElement> properties) {
        public Result {
            properties = List.copyOf(properties);
        }
    }
}
