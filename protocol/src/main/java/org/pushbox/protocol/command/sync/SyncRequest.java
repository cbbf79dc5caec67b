package org.pushbox.protocol.command.sync;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.ItemClass;

/**
 * A Sync request. Numbers are exposed as sent: what a WindowSize of 0 or above 512, or a Wait out
 * of range, means is the server's decision (Status 14 with Limit, or a cap).
 *
 * @param collections       {@code null} when {@code Collections} is absent (a Partial request that
 *                          only changes Wait or WindowSize)
 * @param waitMinutes       Wait in minutes (12.1+), or {@code null}
 * @param heartbeatInterval seconds (14.0+), or {@code null}; never together with {@code waitMinutes}
 * @param windowSize        the request-wide window, or {@code null}
 * @param partial           the request lists only some collections, to be merged with the cached request
 */
public record SyncRequest(List<Collection> collections, Integer waitMinutes, Integer heartbeatInterval, Integer windowSize,
        boolean partial) {

    public SyncRequest {
        collections = collections == null ? null : List.copyOf(collections);
    }

    /**
     * One collection.
     *
     * @param itemClass      the 12.1-era {@code Class} of the collection, or {@code null}
     * @param supported      the property tags listed in {@code Supported} (ghosting), or {@code null} when absent
     * @param deletesAsMoves {@code null} when absent (the default is true)
     * @param getChanges     {@code null} when absent (the default is true for keys other than 0)
     * @param windowSize     as sent, or {@code null}
     * @param commands       the client's changes, in order (empty when none)
     */
    public record Collection(String syncKey, String collectionId, ItemClass itemClass, List<Tag> supported,
            Boolean deletesAsMoves, Boolean getChanges, Integer windowSize, boolean conversationMode,
            List<SyncOptions> options, List<ClientCommand> commands) {

        public Collection {
            Objects.requireNonNull(syncKey, "syncKey");
            Objects.requireNonNull(collectionId, "collectionId");
            supported = supported == null ? null : List.copyOf(supported);
            options = List.copyOf(options);
            commands = List.copyOf(commands);
        }

        /** Whether this is the first Sync of the collection (key 0). */
        public boolean initial() {
            return syncKey.equals("0");
        }
    }

    /** A change the client sends in {@code Commands}. */
    public sealed interface ClientCommand {
    }

    /** A new item; {@code clientId} is the client's temporary id, echoed in the response. */
    public record Add(ItemClass itemClass, String clientId, ApplicationData data) implements ClientCommand {
    }

    /** @param instanceId 16.x: the occurrence of a recurring item, or {@code null} */
    public record Change(ItemClass itemClass, String serverId, String instanceId, ApplicationData data)
            implements ClientCommand {
    }

    /** @param instanceId 16.x: the occurrence of a recurring item, or {@code null} */
    public record Delete(ItemClass itemClass, String serverId, String instanceId) implements ClientCommand {
    }

    /** A request for the whole item (legacy; ItemOperations is preferred). */
    public record Fetch(String serverId) implements ClientCommand {
    }
}
