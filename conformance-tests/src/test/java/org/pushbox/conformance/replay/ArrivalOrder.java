package org.pushbox.conformance.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The order in which items came into a folder, as Exchange's first syncs show it: Exchange pages a first
 * sync oldest first, so what it lists before an item in a device's first sync of that folder was in the
 * folder before the item came (and so when any device was first sent the item).
 */
final class ArrivalOrder {

    /** One Add of a first sync: where it is in the capture (as {@link ServerSide} keys commands) and what. */
    record Entry(int exchange, String collectionId, int index, WbxmlElement add) {

        String key() {
            return exchange + "/" + collectionId + "/" + index;
        }

        String serverId() {
            return Trees.text(add, "ServerId").orElse("");
        }
    }

    private final List<List<Entry>> firstSyncs;

    private ArrivalOrder(List<List<Entry>> firstSyncs) {
        this.firstSyncs = firstSyncs;
    }

    /** The first syncs (key 0, then every page) by the devices of {@code deviceIds} in {@code capture}. */
    static ArrivalOrder of(Capture capture, Set<String> deviceIds) {
        List<List<Entry>> syncs = new ArrayList<>();
        List<CapturedExchange> all = capture.exchanges();
        for (int i = 0; i < all.size(); i++) {
            CapturedExchange x = all.get(i);
            WbxmlElement request = x.isOptions() ? null : Replay.decode(x.requestBody());
            if (!deviceIds.contains(x.deviceId()) || request == null || !request.tag().name().equals("Sync")) {
                continue;
            }
            for (WbxmlElement c : Trees.collections(request)) {
                String collectionId = Trees.text(c, "CollectionId").orElse("");
                if (Trees.text(c, "SyncKey").filter("0"::equals).isEmpty()) {
                    continue;
                }
                String key = PagedSync.collection(Replay.decode(x.responseBody()), collectionId)
                        .flatMap(a -> Trees.text(a, "SyncKey")).orElse(null);
                List<CapturedExchange> later = all.subList(i + 1, all.size());
                CapturedExchange first = later.stream().filter(l -> l.deviceId().equals(x.deviceId()) && key != null
                        && PagedSync.collection(l.isOptions() ? null : Replay.decode(l.requestBody()), collectionId)
                                .flatMap(r -> Trees.text(r, "SyncKey")).filter(key::equals).isPresent())
                        .findFirst().orElse(null);
                if (first == null) {
                    continue;
                }
                List<CapturedExchange> pages = new ArrayList<>(List.of(first));
                pages.addAll(PagedSync.laterPages(first, collectionId, all.subList(all.indexOf(first) + 1, all.size())));
                List<Entry> entries = new ArrayList<>();
                for (CapturedExchange page : pages) {
                    WbxmlElement answer = PagedSync.collection(Replay.decode(page.responseBody()), collectionId)
                            .orElse(null);
                    List<WbxmlElement> commands = answer == null || Trees.child(answer, "Commands") == null
                            ? List.of() : Trees.child(answer, "Commands").children();
                    for (int n = 0; n < commands.size(); n++) {
                        if (commands.get(n).tag().name().equals("Add")) {
                            entries.add(new Entry(page.number(), collectionId, n, commands.get(n)));
                        }
                    }
                }
                syncs.add(entries);
            }
        }
        return new ArrivalOrder(syncs);
    }

    /** The Adds a first sync of {@code collectionId} lists before the Add of {@code serverId}, oldest first. */
    List<Entry> before(String collectionId, String serverId) {
        List<Entry> earlier = new ArrayList<>();
        for (List<Entry> sync : firstSyncs) {
            for (int i = 0; i < sync.size() && sync.get(i).collectionId().equals(collectionId); i++) {
                if (sync.get(i).serverId().equals(serverId)) {
                    earlier.addAll(sync.subList(0, i));
                    break;
                }
            }
        }
        return earlier;
    }
}
