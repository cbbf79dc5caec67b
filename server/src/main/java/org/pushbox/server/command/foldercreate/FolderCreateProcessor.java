package org.pushbox.server.command.foldercreate;

import java.util.List;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.foldercreate.FolderCreateCodec;
import org.pushbox.protocol.command.foldercreate.FolderCreateRequest;
import org.pushbox.protocol.command.foldercreate.FolderCreateResponse;
import org.pushbox.protocol.command.foldercreate.FolderCreateStatus;
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
 * FolderCreate: a user folder (types 1 and 12-17) under the root or an existing folder. The device's key
 * must be its newest one (Status 9 otherwise: it then runs FolderSync first, which also tells it about a
 * folder it created in a request whose response it lost, instead of creating it twice).
 */
public final class FolderCreateProcessor extends HierarchyCommand<FolderCreateRequest, FolderCreateResponse> {

    public FolderCreateProcessor(MailboxStore store) {
        super(store);
    }

    @Override
    protected FolderCreateRequest decode(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return FolderCreateCodec.decodeRequest(root, version);
    }

    @Override
    protected FolderCreateResponse execute(Transaction tx, HierarchySync sync, FolderCreateRequest request) {
        HierarchyState from = sync.currentState(request.syncKey())
                .orElseThrow(() -> new Refused(FolderCreateStatus.INVALID_SYNC_KEY, "not the device's newest key"));
        if (!request.type().userCreatable()) {
            throw new Refused(FolderCreateStatus.MALFORMED_REQUEST, "type " + request.type() + " is reserved");
        }
        long parentId = Folder.ROOT;
        if (!request.parentId().equals("0")) {
            Folder parent = sync.folder(request.parentId())
                    .orElseThrow(() -> new Refused(FolderCreateStatus.PARENT_NOT_FOUND, "no such parent"));
            if (parent.type() == FolderType.RECIPIENT_CACHE) {
                throw new Refused(FolderCreateStatus.SPECIAL_PARENT, "the recipient cache holds no folders");
            }
            parentId = parent.id();
        }
        long before = sync.modseq();
        Folder created = tx.folders().create(sync.accountId(), parentId, request.displayName(),
                FolderType.ofCode(request.type().code()));
        HierarchyState next = sync.afterOwnChange(from, before, List.of(created.id()), List.of());
        sync.save(next);
        return FolderCreateResponse.success(HierarchySync.wireKey(next), Long.toString(created.id()));
    }

    @Override
    protected FolderCreateResponse failure(EasStatus status) {
        return FolderCreateResponse.failure(status);
    }

    @Override
    protected WbxmlElement encode(FolderCreateResponse response, ProtocolVersion version) {
        return FolderCreateCodec.encodeResponse(response, version);
    }

    @Override
    protected EasStatus malformed() {
        return FolderCreateStatus.MALFORMED_REQUEST;
    }

    @Override
    protected EasStatus serverError() {
        return FolderCreateStatus.SERVER_ERROR;
    }

    @Override
    protected EasStatus nameExists() {
        return FolderCreateStatus.FOLDER_EXISTS;
    }
}
