package org.pushbox.conformance.replay;

import java.util.HashSet;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.Folder;

/**
 * Replays on pushbox's store what happened on the server between the requests of a capture, as Exchange's
 * Sync answers reveal it: every item Exchange sends as an Add is stored before the request (so pushbox has
 * it to send), every Change laid over it, every Delete done. Each answer is applied once, even when a Ping
 * that announced it made it apply early.
 */
final class ServerSide {

    private final ValueMap map;
    private final Folders folders;
    private final MailboxSeeder seeder;
    private final Set<Integer> applied = new HashSet<>();
    /** Exchange ServerId -> the original message of that mail, as a Fetch of the capture returned it (MIME). */
    private final java.util.Map<String, byte[]> fetchedMime;

    ServerSide(ValueMap map, Folders folders, MailboxSeeder seeder, java.util.Map<String, byte[]> fetchedMime) {
        this.map = map;
        this.folders = folders;
        this.seeder = seeder;
        this.fetchedMime = fetchedMime;
    }

    /**
     * The MIME of every mail a Sync answer of the capture returned in a Fetch as MIME (Body Type 4), by
     * Exchange's ServerId: the original message, which a mail's Add never shows.
     */
    static java.util.Map<String, byte[]> fetchedMime(Capture capture) {
        java.util.Map<String, byte[]> mime = new java.util.HashMap<>();
        for (CapturedExchange x : capture.exchanges()) {
            WbxmlElement answer = x.isOptions() ? null : Replay.decode(x.responseBody());
            if (answer == null || !answer.tag().name().equals("Sync")) {
                continue;
            }
            for (WbxmlElement collection : Trees.collections(answer)) {
                WbxmlElement responses = Trees.child(collection, "Responses");
                for (WbxmlElement fetch : responses == null ? java.util.List.<WbxmlElement>of()
                        : Trees.children(responses, "Fetch")) {
                    String serverId = Trees.text(fetch, "ServerId").orElse(null);
                    WbxmlElement body = Trees.at(fetch, "ApplicationData", "Body");
                    WbxmlElement data = body == null ? null : Trees.child(body, "Data");
                    if (serverId != null && data != null && Trees.text(body, "Type").filter("4"::equals).isPresent()
                            && Trees.text(body, "Truncated").filter("1"::equals).isEmpty()) {
                        mime.putIfAbsent(serverId, data.opaqueOrTextAsBytes());
                    }
                }
            }
        }
        return mime;
    }

    void apply(CapturedExchange x) {
        WbxmlElement answer = Replay.decode(x.responseBody());
        if (answer == null || !answer.tag().name().equals("Sync") || !applied.add(x.number())) {
            return;
        }
        for (WbxmlElement collection : Trees.collections(answer)) {
            Folder folder = folders.folder(Trees.text(collection, "CollectionId").orElseThrow());
            // Status 8 to a device's command on an item it was given: the item was deleted on the server
            // meanwhile, without the device being told yet
            for (WbxmlElement response : Trees.child(collection, "Responses") == null ? java.util.List.<WbxmlElement>of()
                    : Trees.child(collection, "Responses").children()) {
                String serverId = Trees.text(response, "ServerId").orElse(null);
                if (serverId != null && map.knows(ValueKind.ITEM, serverId)
                        && Trees.text(response, "Status").filter("8"::equals).isPresent()) {
                    seeder.deleteIfPresent(map.translate(ValueKind.ITEM, serverId));
                }
            }
            for (WbxmlElement command : Trees.child(collection, "Commands") == null ? java.util.List.<WbxmlElement>of()
                    : Trees.child(collection, "Commands").children()) {
                String serverId = Trees.text(command, "ServerId").orElse(null);
                WbxmlElement data = Trees.child(command, "ApplicationData");
                boolean known = serverId != null && map.knows(ValueKind.ITEM, serverId);
                switch (command.tag().name()) {
                    case "Add" -> {
                        if (!known) {
                            map.learn(ValueKind.ITEM, serverId, seeder.add(folder, data, fetchedMime.get(serverId)));
                        }
                    }
                    case "Change" -> {
                        if (known && data != null) {
                            seeder.change(folder, map.translate(ValueKind.ITEM, serverId), data);
                        }
                    }
                    case "Delete" -> {
                        if (known) {
                            seeder.delete(map.translate(ValueKind.ITEM, serverId));
                        }
                    }
                    default -> {
                        // SoftDelete: the item left the device's window, nothing happened to it
                    }
                }
            }
        }
    }
}
