package org.pushbox.protocol.command.ping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Ping ([MS-ASCMD] 2.2.1.13). */
public final class PingCodec {

    private static final Tag PING = tag("Ping");
    private static final Tag STATUS = tag("Status");
    private static final Tag HEARTBEAT_INTERVAL = tag("HeartbeatInterval");
    private static final Tag FOLDERS = tag("Folders");
    private static final Tag FOLDER = tag("Folder");
    private static final Tag ID = tag("Id");
    private static final Tag CLASS = tag("Class");
    private static final Tag MAX_FOLDERS = tag("MaxFolders");

    private PingCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("Ping", name);
    }

    /**
     * Reads a request body ({@link PingRequest#EMPTY} stands for an empty body). Faults give Status 4:
     * a HeartbeatInterval that is not a non-negative number, an empty Folders, a Folder without Id or
     * Class, an unknown Class, the same folder twice.
     */
    public static PingRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, PING, PingStatus.SYNTAX_ERROR, HEARTBEAT_INTERVAL, FOLDERS);
        Integer heartbeat = r.integer(HEARTBEAT_INTERVAL, 0, Integer.MAX_VALUE);
        ElementReader folders = r.optionalContainer(FOLDERS, FOLDER);
        List<PingRequest.Folder> list = null;
        if (folders != null) {
            list = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (ElementReader f : folders.containers(FOLDER, ID, CLASS)) {
                String id = f.requiredText(ID);
                f.required(CLASS);
                ItemClass folderClass = f.itemClass(CLASS);
                if (!ids.add(id)) {
                    throw f.fault("folder " + id + " is listed twice");
                }
                list.add(new PingRequest.Folder(id, folderClass));
            }
            if (list.isEmpty()) {
                throw folders.fault("no Folder");
            }
        }
        return new PingRequest(heartbeat, list);
    }

    /** Writes a response in the XSD's order: Status, Folders, MaxFolders, HeartbeatInterval. */
    public static WbxmlElement encodeResponse(PingResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(PING, version).status(STATUS, response.status());
        if (response.changedFolders() != null) {
            b.child(FOLDERS, f -> f.texts(FOLDER, response.changedFolders()));
        }
        return b.integer(MAX_FOLDERS, response.maxFolders())
                .integer(HEARTBEAT_INTERVAL, response.heartbeatInterval())
                .build();
    }

    public static WbxmlElement encodeRequest(PingRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(PING, version).integer(HEARTBEAT_INTERVAL, request.heartbeatInterval());
        if (request.folders() != null) {
            b.child(FOLDERS, folders -> request.folders().forEach(f -> folders.child(FOLDER, e -> e
                    .text(ID, f.id()).text(CLASS, f.folderClass().wire()))));
        }
        return b.build();
    }

    /** Client side: reads a response; faults (including a status/element mismatch) carry Status 4. */
    public static PingResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, PING, PingStatus.SYNTAX_ERROR, STATUS, FOLDERS, MAX_FOLDERS,
                HEARTBEAT_INTERVAL);
        ElementReader folders = r.optionalContainer(FOLDERS, FOLDER);
        try {
            return new PingResponse(r.requiredStatus(STATUS, PingStatus.values()),
                    folders == null ? null : folders.texts(FOLDER),
                    r.integer(MAX_FOLDERS, 0, Integer.MAX_VALUE), r.integer(HEARTBEAT_INTERVAL, 0, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw r.fault(e.getMessage());
        }
    }
}
