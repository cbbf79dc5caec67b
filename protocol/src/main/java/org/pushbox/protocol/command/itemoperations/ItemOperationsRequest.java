package org.pushbox.protocol.command.itemoperations;

import java.util.List;
import org.pushbox.protocol.command.Range;
import java.util.Objects;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sync.BodyPreference;

/** An ItemOperations request: operations to run and answer in this order. */
public record ItemOperationsRequest(List<Operation> operations) {

    public ItemOperationsRequest {
        operations = List.copyOf(operations);
    }

    /** One operation. */
    public sealed interface Operation {
    }

    /**
     * Fetch an item ({@code collectionId} + {@code serverId}), an attachment ({@code fileReference}),
     * a search result ({@code longId}) or a document ({@code linkId}); exactly one form is set.
     *
     * @param store   {@code Mailbox} or {@code DocumentLibrary} as sent (any other value is Status 9, a server decision)
     * @param options {@code null} when absent
     */
    public record Fetch(String store, String collectionId, String serverId, String fileReference, String longId,
            String linkId, FetchOptions options, boolean removeRightsManagementProtection) implements Operation {
        public Fetch {
            Objects.requireNonNull(store, "store");
        }
    }

    /**
     * Fetch options; each field is {@code null} (or empty) when not sent.
     *
     * @param schema the property tags to return, or {@code null} for all
     */
    public record FetchOptions(List<Tag> schema, Range range, String userName, String password,
            Integer mimeSupport, List<BodyPreference> bodyPreferences, List<BodyPreference> bodyPartPreferences,
            Boolean rightsManagementSupport) {
        public FetchOptions {
            schema = schema == null ? null : List.copyOf(schema);
            bodyPreferences = List.copyOf(bodyPreferences);
            bodyPartPreferences = List.copyOf(bodyPartPreferences);
        }
    }

    /** Delete every item of a folder (and its subfolders when {@code deleteSubFolders}). */
    public record EmptyFolderContents(String collectionId, boolean deleteSubFolders) implements Operation {
        public EmptyFolderContents {
            Objects.requireNonNull(collectionId, "collectionId");
        }
    }

    /** 14.0+: move a whole conversation; {@code moveAlways} also moves its future messages. */
    public record Move(Bytes conversationId, String dstFldId, boolean moveAlways) implements Operation {
        public Move {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(dstFldId, "dstFldId");
        }
    }
}
