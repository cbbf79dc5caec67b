package org.pushbox.server.command.ping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.command.ping.PingStatus;
import org.pushbox.storage.api.Transaction;
import org.pushbox.storage.api.WatchView;

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
        WatchView view = tx.syncStates().watchView(deviceId, accountId, folderIds);
        if (view.hierarchyAcked().isEmpty() || view.hierarchyAcked().getAsLong() < view.hierarchyModseq()) {
            return Optional.of(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
        }
        List<Long> unsynced = new ArrayList<>();
        for (long id : folderIds) {
            WatchView.Watched folder = view.folders().get(id);
            if (folder == null || folder.accountId() != accountId || folder.syncedModseq().isEmpty()) {
                return Optional.of(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
            }
            if (folder.modseq() > folder.syncedModseq().getAsLong()) {
                unsynced.add(id);
            }
        }
        return unsynced.isEmpty() ? Optional.empty() : Optional.of(PingResponse.changes(FolderIds.format(unsynced)));
    }
}
