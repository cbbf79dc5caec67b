package org.pushbox.protocol.command.foldersync;

import java.util.Objects;

/** A FolderSync request: the client's hierarchy sync key, {@code "0"} for the initial sync. */
public record FolderSyncRequest(String syncKey) {

    public FolderSyncRequest {
        Objects.requireNonNull(syncKey, "syncKey");
    }

    /** Whether this asks for the whole hierarchy. */
    public boolean initial() {
        return syncKey.equals("0");
    }
}
