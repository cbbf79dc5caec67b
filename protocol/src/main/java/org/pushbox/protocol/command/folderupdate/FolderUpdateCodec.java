package org.pushbox.protocol.command.folderupdate;

import static org.pushbox.protocol.command.foldersync.FolderHierarchy.*;

import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.foldercreate.FolderCreateCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** FolderUpdate ([MS-ASCMD] 2.2.1.6). */
public final class FolderUpdateCodec {

    private FolderUpdateCodec() {
    }

    /** All four children are required ([MS-ASCMD] 2.2.3.x); faults give Status 10, a bad key 9. */
    public static FolderUpdateRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_UPDATE, FolderUpdateStatus.MALFORMED_REQUEST,
                SYNC_KEY, SERVER_ID, PARENT_ID, DISPLAY_NAME);
        String syncKey = FolderSyncCodec.syncKey(r, FolderUpdateStatus.INVALID_SYNC_KEY);
        return new FolderUpdateRequest(syncKey, r.requiredText(SERVER_ID), r.requiredText(PARENT_ID),
                FolderCreateCodec.displayName(r));
    }

    public static WbxmlElement encodeResponse(FolderUpdateResponse response, ProtocolVersion version) {
        boolean ok = response.status() == FolderUpdateStatus.SUCCESS;
        return ElementBuilder.of(FOLDER_UPDATE, version)
                .status(STATUS, response.status())
                .text(SYNC_KEY, ok ? response.syncKey() : null)
                .build();
    }

    public static WbxmlElement encodeRequest(FolderUpdateRequest request, ProtocolVersion version) {
        return ElementBuilder.of(FOLDER_UPDATE, version)
                .text(SYNC_KEY, request.syncKey())
                .text(SERVER_ID, request.serverId())
                .text(PARENT_ID, request.parentId())
                .text(DISPLAY_NAME, request.displayName())
                .build();
    }

    public static FolderUpdateResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_UPDATE, FolderUpdateStatus.MALFORMED_REQUEST, STATUS, SYNC_KEY);
        return new FolderUpdateResponse(r.requiredStatus(STATUS, FolderUpdateStatus.values()), r.text(SYNC_KEY));
    }
}
