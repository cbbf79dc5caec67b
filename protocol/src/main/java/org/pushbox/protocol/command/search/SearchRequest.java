package org.pushbox.protocol.command.search;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.sync.BodyPreference;

/**
 * A Search request: one store, its query and options.
 *
 * @param storeName {@code Mailbox}, {@code GAL} or {@code DocumentLibrary} as sent (case and unknown
 *                  names are the server's to judge, Status 2 or 3)
 * @param options   {@code null} when absent
 */
public record SearchRequest(String storeName, SearchQuery query, Options options) {

    public SearchRequest {
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(query, "query");
    }

    /** Search options; each field {@code null} (or empty, or false) when not sent. */
    public record Options(Range range, boolean deepTraversal, boolean rebuildResults, String userName,
            String password, Integer mimeSupport, List<BodyPreference> bodyPreferences,
            List<BodyPreference> bodyPartPreferences, Boolean rightsManagementSupport, PictureOptions picture) {
        public Options {
            bodyPreferences = List.copyOf(bodyPreferences);
            bodyPartPreferences = List.copyOf(bodyPartPreferences);
        }
    }
}
