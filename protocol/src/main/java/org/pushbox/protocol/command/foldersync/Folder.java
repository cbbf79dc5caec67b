package org.pushbox.protocol.command.foldersync;

import java.util.Objects;

/** One folder as FolderSync reports it in an {@code Add} or {@code Update}. {@code parentId} "0" is the mailbox root. */
public record Folder(String serverId, String parentId, String displayName, FolderType type) {

    public Folder {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(type, "type");
    }
}
