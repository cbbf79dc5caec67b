package org.pushbox.server.command.sync;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.sync.SyncKeys;
import org.pushbox.storage.api.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the items a committed Sync's client commands named and tells the {@link ClientChangeListener}. */
final class ClientChanges {

    private static final Logger LOG = LoggerFactory.getLogger(ClientChanges.class);

    private ClientChanges() {
    }

    static void notify(ClientChangeListener listener, Account account, ProtocolVersion version, SyncRequest request,
            List<SyncResponse.CollectionResponse> reported) {
        if (listener == ClientChangeListener.NONE) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (SyncRequest.Collection c : request.collections()) {
            for (SyncRequest.ClientCommand command : c.commands()) {
                if (command instanceof SyncRequest.Change change) {
                    add(ids, change.serverId());
                } else if (command instanceof SyncRequest.Delete delete) {
                    add(ids, delete.serverId());
                }
            }
        }
        for (SyncResponse.CollectionResponse c : reported) {
            for (SyncResponse.ClientResult result : c.responses()) {
                if (result instanceof SyncResponse.AddResult add && add.status() == SyncStatus.SUCCESS) {
                    add(ids, add.serverId());
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            listener.committed(account, version, ids);
        } catch (RuntimeException e) {
            LOG.warn("after-Sync work for account {} failed: {}", account.id(), e.toString());
        }
    }

    private static void add(List<Long> ids, String serverId) {
        long id = serverId == null ? -1 : SyncKeys.parse(serverId);
        if (id > 0) {
            ids.add(id);
        }
    }
}
