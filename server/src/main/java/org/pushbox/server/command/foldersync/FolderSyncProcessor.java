package org.pushbox.server.command.foldersync;

import java.util.List;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncRequest;
import org.pushbox.protocol.command.foldersync.FolderSyncResponse;
import org.pushbox.protocol.command.foldersync.FolderSyncStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.Transaction;

/**
 * FolderSync: key 0 gets every folder, a kept key gets the changes since its state. Like Exchange (see
 * docs/provisioning.md), the key stays the same when nothing changed, and advances by one otherwise; a
 * repeated previous key is answered from its own state again, so a lost response costs nothing.
 */
public final class FolderSyncProcessor extends HierarchyCommand<FolderSyncRequest, FolderSyncResponse> {

    public FolderSyncProcessor(MailboxStore store) {
        super(store);
    }

    @Override
    protected FolderSyncRequest decode(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return FolderSyncCodec.decodeRequest(root, version);
    }

    @Override
    protected FolderSyncResponse execute(Transaction tx, HierarchySync sync, FolderSyncRequest request) {
        HierarchySync.Delta delta;
        if (request.initial()) {
            delta = sync.initial();
        } else {
            HierarchyState from = sync.state(request.syncKey())
                    .orElseThrow(() -> new Refused(FolderSyncStatus.INVALID_SYNC_KEY, "unknown hierarchy key"));
            delta = sync.since(from);
            if (delta.isEmpty()) {
                return FolderSyncResponse.success(request.syncKey(), List.of(), List.of(), List.of());
            }
        }
        sync.save(delta.next());
        return FolderSyncResponse.success(HierarchySync.wireKey(delta.next()),
                delta.updated().stream().map(HierarchySync::toWire).toList(),
                delta.deleted().stream().map(String::valueOf).toList(),
                delta.added().stream().map(HierarchySync::toWire).toList());
    }

    @Override
    protected FolderSyncResponse failure(EasStatus status) {
        return FolderSyncResponse.failure(status);
    }

    @Override
    protected WbxmlElement encode(FolderSyncResponse response, ProtocolVersion version) {
        return FolderSyncCodec.encodeResponse(response, version);
    }

    @Override
    protected EasStatus malformed() {
        return FolderSyncStatus.MALFORMED_REQUEST;
    }

    @Override
    protected EasStatus serverError() {
        return FolderSyncStatus.SERVER_ERROR;
    }
}
