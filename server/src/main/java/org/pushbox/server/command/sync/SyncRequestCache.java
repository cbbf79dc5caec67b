package org.pushbox.server.command.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pushbox.protocol.command.sync.SyncRequest;

/**
 * The last full Sync request of each device, for empty and Partial requests (12.1+). Kept in memory,
 * at most {@code capacity} devices (least recently used dropped): after a restart or an eviction the
 * device gets Status 13 and sends its full request again, which every client does. Commands are never
 * cached (they were applied once); the sync keys are taken from the store when the request is replayed.
 */
final class SyncRequestCache {

    private final Map<Long, SyncRequest> requests;

    SyncRequestCache(int capacity) {
        this.requests = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, SyncRequest> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The request to run: a full request as it is (and remembered); an empty one or a Partial one merged
     * with the remembered request (listed collections replace theirs, Wait and WindowSize override); empty
     * when there is nothing to merge with.
     */
    synchronized Optional<SyncRequest> complete(long deviceId, SyncRequest request) {
        boolean full = request != null && request.collections() != null && !request.partial();
        if (full) {
            requests.put(deviceId, withoutCommands(request, request.collections()));
            return Optional.of(request);
        }
        SyncRequest cached = requests.get(deviceId);
        if (cached == null) {
            return Optional.empty();
        }
        if (request == null) {
            return Optional.of(cached);
        }
        List<SyncRequest.Collection> merged = new ArrayList<>();
        List<SyncRequest.Collection> listed = request.collections() == null ? List.of() : request.collections();
        for (SyncRequest.Collection c : cached.collections()) {
            merged.add(listed.stream().filter(l -> l.collectionId().equals(c.collectionId())).findFirst().orElse(c));
        }
        for (SyncRequest.Collection l : listed) {
            if (merged.stream().noneMatch(m -> m.collectionId().equals(l.collectionId()))) {
                merged.add(l);
            }
        }
        boolean timing = request.waitMinutes() != null || request.heartbeatInterval() != null;
        SyncRequest result = new SyncRequest(merged, timing ? request.waitMinutes() : cached.waitMinutes(),
                timing ? request.heartbeatInterval() : cached.heartbeatInterval(),
                request.windowSize() != null ? request.windowSize() : cached.windowSize(), false);
        requests.put(deviceId, withoutCommands(result, merged));
        return Optional.of(result);
    }

    private static SyncRequest withoutCommands(SyncRequest request, List<SyncRequest.Collection> collections) {
        List<SyncRequest.Collection> bare = collections.stream().map(c -> new SyncRequest.Collection(c.syncKey(),
                c.collectionId(), c.itemClass(), null, c.deletesAsMoves(), c.getChanges(), c.windowSize(),
                c.conversationMode(), c.options(), List.of())).toList();
        return new SyncRequest(bare, request.waitMinutes(), request.heartbeatInterval(), request.windowSize(), false);
    }
}
