package org.pushbox.protocol.command.ping;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.ItemClass;

/**
 * A Ping request. Both parts are optional: a client may omit either (or send no body at all,
 * {@link #EMPTY}) to reuse what the server cached from its previous Ping.
 *
 * @param heartbeatInterval seconds as sent, not range-checked (out of range is Status 5, a server
 *                          decision); {@code null} when absent
 * @param folders           {@code null} when {@code Folders} is absent, else at least one folder
 */
public record PingRequest(Integer heartbeatInterval, List<Folder> folders) {

    /** The request an empty body stands for. */
    public static final PingRequest EMPTY = new PingRequest(null, null);

    public PingRequest {
        folders = folders == null ? null : List.copyOf(folders);
    }

    /** One watched folder: its CollectionId and class. */
    public record Folder(String id, ItemClass folderClass) {
        public Folder {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(folderClass, "folderClass");
        }
    }
}
