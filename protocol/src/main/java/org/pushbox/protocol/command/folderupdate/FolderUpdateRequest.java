package org.pushbox.protocol.command.folderupdate;

/** A FolderUpdate request: rename and/or move folder {@code serverId}. */
public record FolderUpdateRequest(String syncKey, String serverId, String parentId, String displayName) {
}
