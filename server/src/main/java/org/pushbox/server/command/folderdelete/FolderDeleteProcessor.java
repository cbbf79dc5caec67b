package org.pushbox.server.command.folderdelete;

import java.util.List;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.folderdelete.FolderDeleteCodec;
import org.pushbox.protocol.command.folderdelete.FolderDeleteRequest;
import org.pushbox.protocol.command.folderdelete.FolderDeleteResponse;
import org.pushbox.protocol.command.folderdelete.FolderDeleteStatus;
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
 * FolderDelete: deletes a user folder with its subfolders and items. The device forgets the whole
 * subtree in its new state, so none of those deletions comes back to it.
 */
public final class FolderDeleteProcessor extends HierarchyCommand<FolderDeleteRequest, FolderDeleteResponse> {

    public FolderDeleteProcessor(MailboxStore store) {
        super(store);
    }

    @Override
    protected FolderDeleteRequest decode(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return FolderDeleteCodec.decodeRequest(root, version);
    }

    @Override
    protected FolderDeleteResponse execute(Transaction tx, HierarchySync sync, FolderDeleteRequest request) {
        HierarchyState from = sync.currentState(request.syncKey())
                .orElseThrow(() -> new Refused(FolderDeleteStatus.INVALID_SYNC_KEY, "not the device's newest key"));
        Folder folder = sync.folder(request.serverId())
                .orElseThrow(() -> new Refused(FolderDeleteStatus.FOLDER_NOT_FOUND, "no such folder"));
        if (folder.type().isDefault() || folder.type() == FolderType.RECIPIENT_CACHE) {
            throw new Refused(FolderDeleteStatus.SPECIAL_FOLDER, "special folders cannot be deleted");
        }
        long before = sync.modseq();
        List<Long> removed = List.copyOf(sync.subtree(folder.id()));
        tx.folders().delete(folder.id());
        HierarchyState next = sync.afterOwnChange(from, before, List.of(), removed);
        sync.save(next);
        return FolderDeleteResponse.success(HierarchySync.wireKey(next));
    }

    @Override
    protected FolderDeleteResponse failure(EasStatus status) {
        return FolderDeleteResponse.failure(status);
    }

    @Override
    protected WbxmlElement encode(FolderDeleteResponse response, ProtocolVersion version) {
        return FolderDeleteCodec.encodeResponse(response, version);
    }

    @Override
    protected EasStatus malformed() {
        return FolderDeleteStatus.MALFORMED_REQUEST;
    }

    @Override
    protected EasStatus serverError() {
        return FolderDeleteStatus.SERVER_ERROR;
    }
}
