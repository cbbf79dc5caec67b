package org.pushbox.conformance.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The later pages of a paged Sync: after an answer with MoreAvailable for a collection, the device's next
 * request of that collection with the key the answer gave, and so on up to the answer without MoreAvailable.
 */
final class PagedSync {

    private PagedSync() {
    }

    /** The exchanges that carry the pages after {@code x}'s page of {@code collectionId}, in order. */
    static List<CapturedExchange> laterPages(CapturedExchange x, String collectionId, List<CapturedExchange> later) {
        List<CapturedExchange> pages = new ArrayList<>();
        Optional<WbxmlElement> page = collection(Replay.decode(x.responseBody()), collectionId);
        for (CapturedExchange l : later) {
            if (page.isEmpty() || Trees.child(page.get(), "MoreAvailable") == null) {
                break;
            }
            String key = Trees.text(page.get(), "SyncKey").orElse(null);
            boolean next = l.deviceId().equals(x.deviceId()) && "Sync".equals(l.command()) && key != null
                    && collection(Replay.decode(l.requestBody()), collectionId)
                            .flatMap(c -> Trees.text(c, "SyncKey")).filter(key::equals).isPresent();
            if (next) {
                pages.add(l);
                page = collection(Replay.decode(l.responseBody()), collectionId);
            }
        }
        return pages;
    }

    static Optional<WbxmlElement> collection(WbxmlElement sync, String collectionId) {
        if (sync == null || !sync.tag().name().equals("Sync")) {
            return Optional.empty();
        }
        return Trees.collections(sync).stream()
                .filter(c -> Trees.text(c, "CollectionId").filter(collectionId::equals).isPresent()).findFirst();
    }
}
