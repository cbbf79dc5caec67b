package org.pushbox.protocol.command.foldercreate;

import static org.pushbox.protocol.command.foldersync.FolderHierarchy.*;

import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** FolderCreate ([MS-ASCMD] 2.2.1.3). */
public final class FolderCreateCodec {

    /** [MS-ASCMD] 2.2.3.51.2: DisplayName is 1-256 characters. */
    static final int MAX_DISPLAY_NAME = 256;

    private FolderCreateCodec() {
    }

    /** Faults give Status 10 (missing element, unknown Type number, empty name); a bad key gives 9. */
    public static FolderCreateRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_CREATE, FolderCreateStatus.MALFORMED_REQUEST,
                SYNC_KEY, PARENT_ID, DISPLAY_NAME, TYPE);
        String syncKey = FolderSyncCodec.syncKey(r, FolderCreateStatus.INVALID_SYNC_KEY);
        return new FolderCreateRequest(syncKey, r.requiredText(PARENT_ID), displayName(r), FolderSyncCodec.folderType(r));
    }

    /** The required DisplayName of FolderCreate/FolderUpdate: 1-256 characters. */
    public static String displayName(ElementReader r) throws CommandException {
        String name = r.requiredText(DISPLAY_NAME);
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
            throw r.fault("DisplayName must have 1-" + MAX_DISPLAY_NAME + " characters, got " + name.length());
        }
        return name;
    }

    public static WbxmlElement encodeResponse(FolderCreateResponse response, ProtocolVersion version) {
        boolean ok = response.status() == FolderCreateStatus.SUCCESS;
        return ElementBuilder.of(FOLDER_CREATE, version)
                .status(STATUS, response.status())
                .text(SYNC_KEY, ok ? response.syncKey() : null)
                .text(SERVER_ID, ok ? response.serverId() : null)
                .build();
    }

    public static WbxmlElement encodeRequest(FolderCreateRequest request, ProtocolVersion version) {
        return ElementBuilder.of(FOLDER_CREATE, version)
                .text(SYNC_KEY, request.syncKey())
                .text(PARENT_ID, request.parentId())
                .text(DISPLAY_NAME, request.displayName())
                .integer(TYPE, request.type().code())
                .build();
    }

    public static FolderCreateResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_CREATE, FolderCreateStatus.MALFORMED_REQUEST,
                STATUS, SYNC_KEY, SERVER_ID);
        return new FolderCreateResponse(r.requiredStatus(STATUS, FolderCreateStatus.values()), r.text(SYNC_KEY),
                r.text(SERVER_ID));
    }
}
