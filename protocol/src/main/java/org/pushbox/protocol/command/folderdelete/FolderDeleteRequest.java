package org.pushbox.protocol.command.folderdelete;

/** A FolderDelete request. */
public record FolderDeleteRequest(String syncKey, String serverId) {
}
