package org.pushbox.protocol.command.foldercreate;

import org.pushbox.protocol.command.foldersync.FolderType;

/**
 * A FolderCreate request. The type is any known folder type: whether the client may create it
 * ({@link FolderType#userCreatable()}) is the server's decision.
 */
public record FolderCreateRequest(String syncKey, String parentId, String displayName, FolderType type) {
}
