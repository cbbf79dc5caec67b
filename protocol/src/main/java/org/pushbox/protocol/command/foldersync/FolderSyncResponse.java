package org.pushbox.protocol.command.foldersync;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A FolderSync response. On success it carries the new sync key and the changes (possibly none:
 * {@code Count 0}); on failure only the status is sent.
 *
 * @param status  a {@link FolderSyncStatus} or a common status such as 142
 * @param syncKey the new key; {@code null} on failure
 */
public record FolderSyncResponse(EasStatus status, String syncKey, List<Folder> updated, List<String> deleted,
        List<Folder> added) {

    public FolderSyncResponse {
        Objects.requireNonNull(status, "status");
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
        added = List.copyOf(added);
    }

    public static FolderSyncResponse success(String syncKey, List<Folder> updated, List<String> deleted,
            List<Folder> added) {
        return new FolderSyncResponse(FolderSyncStatus.SUCCESS, Objects.requireNonNull(syncKey, "syncKey"),
                updated, deleted, added);
    }

    public static FolderSyncResponse failure(EasStatus status) {
        return new FolderSyncResponse(status, null, List.of(), List.of(), List.of());
    }

    /** The number the {@code Count} element carries. */
    public int count() {
        return updated.size() + deleted.size() + added.size();
    }
}
