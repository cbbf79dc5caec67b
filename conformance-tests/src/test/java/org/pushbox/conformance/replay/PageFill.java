package org.pushbox.conformance.replay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Finds the Adds that pushbox sends one page earlier than Exchange in a paged sync because Exchange's page
 * held fewer commands than the device's WindowSize (and said MoreAvailable) while pushbox filled its page:
 * an Add only pushbox sends on that page that Exchange sends on the next page, and on that next page the
 * same Add only Exchange sends. Such pairs are marked {@link Difference.Finding#ON_ANOTHER_PAGE}; anything else
 * (an item missing on both pages, an Add on a full page of Exchange's) stays as it is.
 */
final class PageFill {

    private final ValueMap map;
    /** exchange number / pushbox ServerId of each Add pushbox sent a page early, for the next page. */
    private final Set<String> sentEarly = new HashSet<>();

    PageFill(ValueMap map) {
        this.map = map;
    }

    List<Difference> mark(CapturedExchange x, List<CapturedExchange> later, List<Difference> diffs) {
        List<Difference> marked = new ArrayList<>();
        for (Difference d : diffs) {
            boolean add = d.path().equals("Sync/Collections/Collection/Commands/Add") && d.item() != null;
            if (add && d.kind() == Difference.Kind.ONLY_PUSHBOX && onNextPage(x, later, d.item())) {
                marked.add(d.found(Difference.Finding.ON_ANOTHER_PAGE));
            } else if (add && d.kind() == Difference.Kind.ONLY_EXCHANGE
                    && sentEarly.contains(x.number() + "/" + d.item())) {
                marked.add(d.found(Difference.Finding.ON_ANOTHER_PAGE));
            } else {
                marked.add(d);
            }
        }
        return marked;
    }

    /** Whether Exchange sends {@code item} (pushbox's ServerId) on the next page, after a short page of its own. */
    private boolean onNextPage(CapturedExchange x, List<CapturedExchange> later, String item) {
        WbxmlElement request = Replay.decode(x.requestBody());
        WbxmlElement answer = Replay.decode(x.responseBody());
        for (WbxmlElement page : answer == null ? List.<WbxmlElement>of() : Trees.collections(answer)) {
            String collectionId = Trees.text(page, "CollectionId").orElse("");
            int commands = Trees.child(page, "Commands") == null ? 0 : Trees.child(page, "Commands").children().size();
            int window = PagedSync.collection(request, collectionId).flatMap(c -> Trees.text(c, "WindowSize"))
                    .map(Integer::parseInt).orElse(-1);
            if (Trees.child(page, "MoreAvailable") == null || commands >= window) {
                continue;
            }
            for (CapturedExchange next : PagedSync.laterPages(x, collectionId, later).stream().limit(1).toList()) {
                WbxmlElement nextPage = PagedSync.collection(Replay.decode(next.responseBody()), collectionId)
                        .orElse(null);
                boolean there = Trees.children(Trees.child(nextPage, "Commands"), "Add").stream()
                        .map(a -> Trees.text(a, "ServerId").map(id -> map.translate(ValueKind.ITEM, id)).orElse(""))
                        .anyMatch(item::equals);
                if (there) {
                    sentEarly.add(next.number() + "/" + item);
                    return true;
                }
            }
        }
        return false;
    }
}
