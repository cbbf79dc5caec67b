package org.pushbox.protocol.command.foldercreate;

import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A FolderCreate response. The new sync key and ServerId are sent only on success: the
 * specification forbids them in a failed response.
 */
public record FolderCreateResponse(EasStatus status, String syncKey, String serverId) {

    public FolderCreateResponse {
        Objects.requireNonNull(status, "status");
    }

    public static FolderCreateResponse success(String syncKey, String serverId) {
        return new FolderCreateResponse(FolderCreateStatus.SUCCESS, Objects.requireNonNull(syncKey),
                Objects.requireNonNull(serverId));
    }

    public static FolderCreateResponse failure(EasStatus status) {
        return new FolderCreateResponse(status, null, null);
    }
}
