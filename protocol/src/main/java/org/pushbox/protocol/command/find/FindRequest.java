package org.pushbox.protocol.command.find;

import java.util.Objects;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.Range;

/**
 * A Find request (16.1): the client's search id and one criterion.
 *
 * @param searchId the client's id for this search (later pages reuse it)
 */
public record FindRequest(String searchId, Criterion criterion) {

    public FindRequest {
        Objects.requireNonNull(searchId, "searchId");
        Objects.requireNonNull(criterion, "criterion");
    }

    /** What to search. */
    public sealed interface Criterion {
        /** The KQL text. */
        String freeText();

        /** The rows wanted, or {@code null}. */
        Range range();
    }

    /** Mail in one folder (and its subfolders with {@code deepTraversal}); class and folder {@code null} when not sent. */
    public record Mailbox(ItemClass itemClass, String collectionId, String freeText, Range range, boolean deepTraversal)
            implements Criterion {
        public Mailbox {
            Objects.requireNonNull(freeText, "freeText");
        }
    }

    /** The global address list, optionally with pictures. */
    public record Gal(String freeText, Range range, PictureOptions picture) implements Criterion {
        public Gal {
            Objects.requireNonNull(freeText, "freeText");
        }
    }
}
