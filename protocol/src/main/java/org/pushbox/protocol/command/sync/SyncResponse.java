package org.pushbox.protocol.command.sync;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ItemClass;

/**
 * A Sync response. (The empty response, "nothing changed", is an empty HTTP body and no record.)
 *
 * @param status      the top-level status, sent only when the whole request failed; {@code null} otherwise
 * @param limit       with Status 14 the allowed Wait/HeartbeatInterval bound, with 15 the maximum
 *                    number of collections; otherwise {@code null}
 * @param collections {@code null} to send no {@code Collections}
 */
public record SyncResponse(EasStatus status, Integer limit, List<CollectionResponse> collections) {

    public SyncResponse {
        collections = collections == null ? null : List.copyOf(collections);
    }

    public static SyncResponse of(List<CollectionResponse> collections) {
        return new SyncResponse(null, null, collections);
    }

    /** A failed request: only the status (and, for 14/15, the limit). */
    public static SyncResponse failure(EasStatus status, Integer limit) {
        return new SyncResponse(Objects.requireNonNull(status), limit, null);
    }

    /**
     * One collection of the response. It has no {@code Class}: SyncResponse.xsd allows none there,
     * and items of another class than the folder's (SMS in the Inbox) say so on their Change/Delete.
     *
     * @param syncKey    the new key; {@code null} when the status is a failure
     * @param responses  results of the client's commands (empty when none)
     * @param commands   the server's changes (empty when none)
     */
    public record CollectionResponse(String syncKey, String collectionId, EasStatus status,
            List<ClientResult> responses, boolean moreAvailable, List<ServerCommand> commands) {

        public CollectionResponse {
            Objects.requireNonNull(collectionId, "collectionId");
            Objects.requireNonNull(status, "status");
            responses = List.copyOf(responses);
            commands = List.copyOf(commands);
        }
    }

    /** A change the server sends in {@code Commands}. */
    public sealed interface ServerCommand {
        String serverId();
    }

    public record Add(String serverId, ApplicationData data) implements ServerCommand {
    }

    public record Change(ItemClass itemClass, String serverId, ApplicationData data) implements ServerCommand {
    }

    public record Delete(ItemClass itemClass, String serverId) implements ServerCommand {
    }

    /** The item left the filter window: the client removes it locally only. */
    public record SoftDelete(String serverId) implements ServerCommand {
    }

    /** The outcome of a client command, in {@code Responses}. */
    public sealed interface ClientResult {
        EasStatus status();
    }

    /** @param serverId the new item's id, {@code null} on failure */
    public record AddResult(ItemClass itemClass, String clientId, String serverId, EasStatus status,
            ApplicationData data) implements ClientResult {
    }

    /** Sent only on failure (or, 16.x, when the server changed the item). */
    public record ChangeResult(ItemClass itemClass, String serverId, String instanceId, EasStatus status)
            implements ClientResult {
    }

    /** Sent only on failure. */
    public record DeleteResult(String serverId, String instanceId, EasStatus status) implements ClientResult {
    }

    /** @param data the item, {@code null} on failure */
    public record FetchResult(String serverId, EasStatus status, ApplicationData data) implements ClientResult {
    }
}
