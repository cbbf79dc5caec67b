package org.pushbox.server.command.folderupdate;

import java.util.List;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.folderupdate.FolderUpdateCodec;
import org.pushbox.protocol.command.folderupdate.FolderUpdateRequest;
import org.pushbox.protocol.command.folderupdate.FolderUpdateResponse;
import org.pushbox.protocol.command.folderupdate.FolderUpdateStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.command.foldersync.HierarchyCommand;
import org.pushbox.server.command.foldersync.HierarchySync;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.Transaction;

/**
 * FolderUpdate: renames and/or moves a user folder. Default folders and the Recipient Information Cache
 * keep their names and places (Status 2 and 3), as clients key features on them.
 */
public final class FolderUpdateProcessor extends HierarchyCommand<FolderUpdateRequest, FolderUpdateResponse> {

    public FolderUpdateProcessor(MailboxStore store) {
        super(store);
    }

    @Override
    protected FolderUpdateRequest decode(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return FolderUpdateCodec.decodeRequest(root, version);
    }

    @Override
    protected FolderUpdateResponse execute(Transaction tx, HierarchySync sync, FolderUpdateRequest request) {
        HierarchyState from = sync.currentState(request.syncKey())
                .orElseThrow(() -> new Refused(FolderUpdateStatus.INVALID_SYNC_KEY, "not the device's newest key"));
        Folder folder = sync.folder(request.serverId())
                .orElseThrow(() -> new Refused(FolderUpdateStatus.FOLDER_NOT_FOUND, "no such folder"));
        if (folder.type() == FolderType.RECIPIENT_CACHE) {
            throw new Refused(FolderUpdateStatus.RECIPIENT_INFORMATION_CACHE, "the recipient cache is fixed");
        }
        if (folder.type().isDefault()) {
            throw new Refused(FolderUpdateStatus.FOLDER_EXISTS_OR_SPECIAL, "default folders are fixed");
        }
        long parentId = Folder.ROOT;
        if (!request.parentId().equals("0")) {
            parentId = sync.folder(request.parentId())
                    .orElseThrow(() -> new Refused(FolderUpdateStatus.PARENT_NOT_FOUND, "no such parent")).id();
        }
        long before = sync.modseq();
        if (parentId != folder.parentId()) {
            tx.folders().move(folder.id(), parentId);
        }
        if (!request.displayName().equals(folder.displayName())) {
            tx.folders().rename(folder.id(), request.displayName());
        }
        HierarchyState next = sync.afterOwnChange(from, before, List.of(), List.of());
        sync.save(next);
        return FolderUpdateResponse.success(HierarchySync.wireKey(next));
    }

    @Override
    protected FolderUpdateResponse failure(EasStatus status) {
        return FolderUpdateResponse.failure(status);
    }

    @Override
    protected WbxmlElement encode(FolderUpdateResponse response, ProtocolVersion version) {
        return FolderUpdateCodec.encodeResponse(response, version);
    }

    @Override
    protected EasStatus malformed() {
        return FolderUpdateStatus.MALFORMED_REQUEST;
    }

    @Override
    protected EasStatus serverError() {
        return FolderUpdateStatus.SERVER_ERROR;
    }

    @Override
    protected EasStatus nameExists() {
        return FolderUpdateStatus.FOLDER_EXISTS_OR_SPECIAL;
    }
}
