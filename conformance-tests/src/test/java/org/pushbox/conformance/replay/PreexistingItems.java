package org.pushbox.conformance.replay;

import java.util.LinkedHashSet;
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
            collect(Replay.decode(x.responseBody()), collectionId, introduced, introduced, true);
        }
        return used;
    }

    /** Adds the ServerIds of the collection's commands to {@code into}, unless already in {@code known}. */
    private static void collect(WbxmlElement root, String collectionId, Set<String> into, Set<String> known,
            boolean answer) {
        if (root == null || !root.tag().name().equals("Sync")) {
            return;
        }
        for (WbxmlElement c : Trees.collections(root)) {
            if (!Trees.text(c, "CollectionId").orElse("").equals(collectionId)) {
                continue;
            }
            for (String list : answer ? new String[] {"Commands", "Responses"} : new String[] {"Commands"}) {
                WbxmlElement commands = Trees.child(c, list);
                for (WbxmlElement command : commands == null ? java.util.List.<WbxmlElement>of() : commands.children()) {
                    boolean adds = command.tag().name().equals("Add");
                    Trees.text(command, "ServerId").filter(id -> answer ? adds : !known.contains(id)).ifPresent(into::add);
                }
            }
        }
    }
}
