package org.pushbox.conformance.replay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The items of a collection that a device refers to (Change, Delete, Fetch) although no answer of the
 * capture ever gave them to it: it received them before the capture began, so the replay must create them
 * before it syncs the collection up.
 */
final class PreexistingItems {

    private PreexistingItems() {
    }

    static Set<String> of(Capture capture, String collectionId, int from) {
        Set<String> introduced = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (CapturedExchange x : capture.exchanges()) {
            if (x.number() < from) {
                continue;
            }
            collect(Replay.decode(x.requestBody()), collectionId, used, introduced, false);
            collect(Replay.decode(x.responseBody()), collectionId, used, introduced, true);
        }
        return used;
    }

    /** Records Adds of an answer as introduced, and every other ServerId not introduced yet as used. */
    private static void collect(WbxmlElement root, String collectionId, Set<String> used, Set<String> introduced,
            boolean answer) {
        if (root == null || !root.tag().name().equals("Sync")) {
            return;
        }
        for (WbxmlElement c : Trees.collections(root)) {
            if (!Trees.text(c, "CollectionId").orElse("").equals(collectionId)) {
                continue;
            }
            for (String list : new String[] {"Commands", "Responses"}) {
                WbxmlElement commands = Trees.child(c, list);
                for (WbxmlElement command : commands == null ? List.<WbxmlElement>of() : commands.children()) {
                    String id = Trees.text(command, "ServerId").orElse(null);
                    if (id == null) {
                        continue;
                    }
                    if (answer && command.tag().name().equals("Add")) {
                        introduced.add(id);
                    } else if (!introduced.contains(id)) {
                        used.add(id);
                    }
                }
            }
        }
    }
}
