package org.pushbox.protocol.command.folderdelete;

import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/** A FolderDelete response; the new sync key is sent only on success. */
public record FolderDeleteResponse(EasStatus status, String syncKey) {

    public FolderDeleteResponse {
        Objects.requireNonNull(status, "status");
    }

    public static FolderDeleteResponse success(String syncKey) {
        return new FolderDeleteResponse(FolderDeleteStatus.SUCCESS, Objects.requireNonNull(syncKey));
    }

    public static FolderDeleteResponse failure(EasStatus status) {
        return new FolderDeleteResponse(status, null);
    }
}
