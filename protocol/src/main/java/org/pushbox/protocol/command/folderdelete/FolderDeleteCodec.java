package org.pushbox.protocol.command.folderdelete;

import static org.pushbox.protocol.command.foldersync.FolderHierarchy.*;

import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** FolderDelete ([MS-ASCMD] 2.2.1.4). */
public final class FolderDeleteCodec {

    private FolderDeleteCodec() {
    }

    /** Faults give Status 10, a bad key 9. */
    public static FolderDeleteRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_DELETE, FolderDeleteStatus.MALFORMED_REQUEST, SYNC_KEY, SERVER_ID);
        String syncKey = FolderSyncCodec.syncKey(r, FolderDeleteStatus.INVALID_SYNC_KEY);
        return new FolderDeleteRequest(syncKey, r.requiredText(SERVER_ID));
    }

    public static WbxmlElement encodeResponse(FolderDeleteResponse response, ProtocolVersion version) {
        boolean ok = response.status() == FolderDeleteStatus.SUCCESS;
        return ElementBuilder.of(FOLDER_DELETE, version)
                .status(STATUS, response.status())
                .text(SYNC_KEY, ok ? response.syncKey() : null)
                .build();
    }

    public static WbxmlElement encodeRequest(FolderDeleteRequest request, ProtocolVersion version) {
        return ElementBuilder.of(FOLDER_DELETE, version)
                .text(SYNC_KEY, request.syncKey())
                .text(SERVER_ID, request.serverId())
                .build();
    }

    public static FolderDeleteResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_DELETE, FolderDeleteStatus.MALFORMED_REQUEST, STATUS, SYNC_KEY);
        return new FolderDeleteResponse(r.requiredStatus(STATUS, FolderDeleteStatus.values()), r.text(SYNC_KEY));
    }
}
