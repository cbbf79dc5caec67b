package org.pushbox.protocol.command.sync;

import org.pushbox.protocol.command.EasStatus;

/** Sync {@code Status} values, top level, per collection and per item ([MS-ASCMD] 2.2.3.177.16). */
public enum SyncStatus implements EasStatus {
    SUCCESS(1),
    /** Invalid or mismatched sync key, or corrupt state: the client resets the collection to key 0. */
    INVALID_SYNC_KEY(3),
    /** Malformed request; what the codec reports for structural faults. */
    PROTOCOL_ERROR(4),
    SERVER_ERROR(5),
    /** Item level: the client's item is invalid; the client must not retry it. */
    INVALID_ITEM(6),
    /** Item level: the server's version won a conflict. */
    CONFLICT(7),
    /** Item level: no such object. */
    OBJECT_NOT_FOUND(8),
    MAILBOX_FULL(9),
    /** The folder hierarchy changed: the client runs FolderSync first. */
    FOLDER_HIERARCHY_CHANGED(12),
    /** An empty or partial request and no cached request to complete it with. */
    INCOMPLETE_REQUEST(13),
    /** Wait or HeartbeatInterval out of range; the allowed bound is in {@code Limit}. */
    INVALID_WAIT_OR_HEARTBEAT_INTERVAL(14),
    /** Too many collections; the maximum is in {@code Limit}. */
    TOO_MANY_COLLECTIONS(15),
    RETRY(16);

    private final int code;

    SyncStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
