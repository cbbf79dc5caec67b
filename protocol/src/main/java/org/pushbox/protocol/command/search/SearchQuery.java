package org.pushbox.protocol.command.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.ItemClass;

/** The {@code Query} of a Search, in one of the forms Exchange supports. */
public sealed interface SearchQuery {

    /** GAL: the text to match against names and addresses. */
    record Text(String text) implements SearchQuery {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Mailbox: {@code And} of Class, CollectionIds, FreeText and at most one DateReceived bound each
     * way ({@code GreaterThan} = received after {@code receivedAfter}).
     */
    record Mailbox(ItemClass itemClass, List<String> collectionIds, String freeText, Instant receivedAfter,
            Instant receivedBefore) implements SearchQuery {
        public Mailbox {
            collectionIds = List.copyOf(collectionIds);
        }
    }

    /** Mailbox, 14.0+: the messages of one conversation. */
    record Conversation(Bytes conversationId) implements SearchQuery {
        public Conversation {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /** DocumentLibrary: {@code EqualTo} of LinkId and a UNC path or URL. */
    record DocumentLibrary(String value) implements SearchQuery {
        public DocumentLibrary {
            Objects.requireNonNull(value, "value");
        }
    }
}
