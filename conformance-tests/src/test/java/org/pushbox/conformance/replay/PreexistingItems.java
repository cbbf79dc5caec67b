package org.pushbox.conformance.replay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The items of a collection that a device refers to (Change, Delete, Fetch) although no answer of the
 * capture ever gave them to it: it received them before the capture began, so the replay must create them
 * before it syncs the collection up. An item Exchange answers Status 8 for at the device's first reference
 * (a Fetch or Change of a mail deleted meanwhile) did not exist any more and is not created.
 */
final class PreexistingItems {

    private PreexistingItems() {
    }

    static Set<String> of(Capture capture, String deviceId, String collectionId, int from) {
        Set<String> introduced = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (CapturedExchange x : capture.exchanges()) {
            if (x.number() < from || !deviceId.equals(x.deviceId())) {
                continue;
            }
            Set<String> referred = new LinkedHashSet<>();
            Set<String> gone = new LinkedHashSet<>();
            collect(Replay.decode(x.requestBody()), collectionId, referred, gone, introduced, false);
            collect(Replay.decode(x.responseBody()), collectionId, referred, gone, introduced, true);
            // an item the answer reports not found (Status 8) was gone before the device referred to it
            referred.removeAll(gone);
            used.addAll(referred);
            gone.forEach(id -> {
                if (!used.contains(id)) {
                    introduced.add(id);
                }
            });
        }
        return used;
    }

    /**
     * Records Adds of an answer as introduced, the ServerIds an answer reports not found (Status 8) as gone,
     * and every other ServerId not introduced yet as used.
     */
    private static void collect(WbxmlElement root, String collectionId, Set<String> used, Set<String> gone,
            Set<String> introduced, boolean answer) {
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
                    } else if (answer && list.equals("Responses")) {
                        if (Trees.text(command, "Status").filter("8"::equals).isPresent()) {
                            gone.add(id);
                        }
                    } else if (!introduced.contains(id)) {
                        used.add(id);
                    }
                }
            }
        }
    }
}
