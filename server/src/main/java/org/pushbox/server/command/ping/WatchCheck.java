package org.pushbox.server.command.ping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.command.ping.PingStatus;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Transaction;

/**
 * What a Ping must answer before it may wait, read in one transaction: Status 7 when the device has not
 * seen the current hierarchy or watches a folder it cannot sync (unknown, another account's, never
 * synced), Status 2 when a watched folder has changes beyond what the device acknowledged (a folder
 * modseq above the acked modseq of its latest sync state), else nothing.
 */
final class WatchCheck {

    private final Transaction tx;
    private final long accountId;
    private final long deviceId;

    WatchCheck(Transaction tx, long accountId, long deviceId) {
        this.tx = tx;
        this.accountId = accountId;
        this.deviceId = deviceId;
    }

    Optional<PingResponse> check(Set<Long> folderIds) {
        OptionalLong acked = tx.syncStates().latestHierarchyAckedModseq(deviceId);
        if (acked.isEmpty() || acked.getAsLong() < tx.journal().hierarchyModseq(accountId)) {
            return Optional.of(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
        }
        List<Long> unsynced = new ArrayList<>();
        for (long id : folderIds) {
            Optional<Folder> folder = tx.folders().get(id).filter(f -> f.accountId() == accountId);
            Optional<CollectionState> state = tx.syncStates().latestCollection(deviceId, id);
            if (folder.isEmpty() || state.isEmpty()) {
                return Optional.of(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
            }
            if (folder.get().modseq() > state.get().ackedModseq()) {
                unsynced.add(id);
            }
        }
        return unsynced.isEmpty() ? Optional.empty() : Optional.of(PingResponse.changes(FolderIds.format(unsynced)));
    }
}
