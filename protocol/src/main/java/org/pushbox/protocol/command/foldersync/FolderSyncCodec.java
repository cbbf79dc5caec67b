package org.pushbox.protocol.command.foldersync;

import static org.pushbox.protocol.command.foldersync.FolderHierarchy.*;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** FolderSync ([MS-ASCMD] 2.2.1.5) between WBXML trees and typed records, both directions. */
public final class FolderSyncCodec {

    private FolderSyncCodec() {
    }

    /**
     * Reads a client's request. A missing SyncKey or any other element gives Status 10; an empty or
     * over-long key gives Status 9 (the client then resets to key 0).
     */
    public static FolderSyncRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FOLDER_SYNC, FolderSyncStatus.MALFORMED_REQUEST, SYNC_KEY);
        return new FolderSyncRequest(syncKey(r, FolderSyncStatus.INVALID_SYNC_KEY));
    }

    /** The required hierarchy SyncKey of any folder command: absent is malformed, empty or over-long is an invalid key. */
    public static String syncKey(ElementReader r, EasStatus invalidKey) throws CommandException {
        String key = r.requiredText(SYNC_KEY);
        if (key.isEmpty() || key.length() > MAX_SYNC_KEY_LENGTH) {
            throw new CommandException(invalidKey, "hierarchy SyncKey must have 1-" + MAX_SYNC_KEY_LENGTH
                    + " characters, got " + key.length());
        }
        return key;
    }

    public static WbxmlElement encodeResponse(FolderSyncResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(FOLDER_SYNC, version)
                .status(STATUS, response.status())
                .text(SYNC_KEY, response.syncKey());
        if (response.status() == FolderSyncStatus.SUCCESS) {
            // XSD order: Count, Update*, Delete*, Add*.
            b.child(CHANGES, changes -> {
                changes.integer(COUNT, response.count());
                response.updated().forEach(f -> changes.add(folder(UPDATE, f, version)));
                response.deleted().forEach(id -> changes.child(DELETE, d -> d.text(SERVER_ID, id)));
                response.added().forEach(f -> changes.add(folder(ADD, f, version)));
            });
        }
        return b.build();
    }

    private static WbxmlElement folder(Tag tag, Folder f, ProtocolVersion version) {
        return ElementBuilder.of(tag, version)
                .text(SERVER_ID, f.serverId())
                .text(PARENT_ID, f.parentId())
                .text(DISPLAY_NAME, f.displayName())
                .integer(TYPE, f.type().code())
                .build();
    }

    /** Client side: the request a device sends. */
    public static WbxmlElement encodeRequest(FolderSyncRequest request, ProtocolVersion version) {
        return ElementBuilder.of(FOLDER_SYNC, version).text(SYNC_KEY, request.syncKey()).build();
    }

    /** Client side: reads a server's response; faults carry Status 10. */
    public static FolderSyncResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        EasStatus bad = FolderSyncStatus.MALFORMED_REQUEST;
        ElementReader r = ElementReader.root(root, FOLDER_SYNC, bad, STATUS, SYNC_KEY, CHANGES);
        EasStatus status = r.requiredStatus(STATUS, FolderSyncStatus.values());
        ElementReader changes = r.optionalContainer(CHANGES, COUNT, UPDATE, DELETE, ADD);
        List<Folder> updated = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Folder> added = new ArrayList<>();
        if (changes != null) {
            for (ElementReader u : changes.containers(UPDATE, SERVER_ID, PARENT_ID, DISPLAY_NAME, TYPE)) {
                updated.add(folder(u));
            }
            for (ElementReader d : changes.containers(DELETE, SERVER_ID)) {
                deleted.add(d.requiredText(SERVER_ID));
            }
            for (ElementReader a : changes.containers(ADD, SERVER_ID, PARENT_ID, DISPLAY_NAME, TYPE)) {
                added.add(folder(a));
            }
            Integer count = changes.integer(COUNT, 0, Integer.MAX_VALUE);
            if (count != null && count != updated.size() + deleted.size() + added.size()) {
                throw changes.fault("Count " + count + " does not match the changes listed");
            }
        }
        return new FolderSyncResponse(status, r.text(SYNC_KEY), updated, deleted, added);
    }

    /** Reads a folder with the type checked against the table of folder types. */
    static Folder folder(ElementReader r) throws CommandException {
        return new Folder(r.requiredText(SERVER_ID), r.requiredText(PARENT_ID), r.requiredText(DISPLAY_NAME),
                folderType(r));
    }

    /** The required {@code Type} element as a {@link FolderType}; an unknown number is a fault. */
    public static FolderType folderType(ElementReader r) throws CommandException {
        int code = r.requiredInteger(TYPE, 1, 19);
        return FolderType.fromCode(code);
    }
}
