package org.pushbox.protocol.command.folderupdate;

import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/** A FolderUpdate response; the new sync key is sent only on success. */
public record FolderUpdateResponse(EasStatus status, String syncKey) {

    public FolderUpdateResponse {
        Objects.requireNonNull(status, "status");
    }

    public static FolderUpdateResponse success(String syncKey) {
        return new FolderUpdateResponse(FolderUpdateStatus.SUCCESS, Objects.requireNonNull(syncKey));
    }

    public static FolderUpdateResponse failure(EasStatus status) {
        return new FolderUpdateResponse(status, null);
    }
}
