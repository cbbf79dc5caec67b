package org.pushbox.conformance.replay;

import java.util.HashSet;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.Folder;

/**
 * Replays on pushbox's store what happened on the server between the requests of a capture, as Exchange's
 * Sync answers reveal it: every item Exchange sends as an Add is stored before the request (so pushbox has
 * it to send), every Change laid over it, every Delete done. Each command is applied once, even when a Ping
 * that announced it, or an earlier page of a paged sync (see applyAhead), made it apply early.
 */
final class ServerSide {

    private final ValueMap map;
    private final Folders folders;
    private final MailboxSeeder seeder;
    private final Set<Integer> applied = new HashSet<>();
    /** Commands already written, as exchange number / CollectionId / position in its answer. */
    private final Set<String> written = new HashSet<>();
    /** Exchange ServerId -> the original message of that mail, as a Fetch of the capture returned it (MIME). */
    private final java.util.Map<String, byte[]> fetchedMime;
    /** The order mail came into each folder, as the capture's first syncs list it. */
    private final ArrivalOrder arrivals;
    /** Exchange ServerId -> the mail's body in its native type, where an answer of the capture sent it so. */
    private final java.util.Map<String, WbxmlElement> nativeBodies;

    ServerSide(ValueMap map, Folders folders, MailboxSeeder seeder, java.util.Map<String, byte[]> fetchedMime,
            ArrivalOrder arrivals, java.util.Map<String, WbxmlElement> nativeBodies) {
        this.arrivals = arrivals;
        this.nativeBodies = nativeBodies;
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

    /**
     * The body of every mail that some Sync answer of the capture sent whole in the type it was written in
     * (Body Type equal to NativeBodyType), by Exchange's ServerId: a mail first seen as Exchange's HTML
     * rendering of a plain-text message is stored with its own text, which Exchange's HTML does not give back.
     */
    static java.util.Map<String, WbxmlElement> nativeBodies(Capture capture) {
        java.util.Map<String, WbxmlElement> bodies = new java.util.HashMap<>();
        for (CapturedExchange x : capture.exchanges()) {
            WbxmlElement answer = x.isOptions() ? null : Replay.decode(x.responseBody());
            if (answer == null || !answer.tag().name().equals("Sync")) {
                continue;
            }
            for (WbxmlElement collection : Trees.collections(answer)) {
                for (WbxmlElement add : Trees.children(Trees.child(collection, "Commands"), "Add")) {
                    WbxmlElement data = Trees.child(add, "ApplicationData");
                    WbxmlElement body = Trees.child(data, "Body");
                    if (body != null && isNative(data, body)) {
                        bodies.putIfAbsent(Trees.text(add, "ServerId").orElse(""), body);
                    }
                }
            }
        }
        return bodies;
    }

    private static boolean isNative(WbxmlElement data, WbxmlElement body) {
        return Trees.text(body, "Truncated").filter("1"::equals).isEmpty() && Trees.text(body, "Type")
                .equals(Trees.text(data, "NativeBodyType"));
    }

    /** {@code data} with the mail's body in its native type when the capture has it and {@code data} does not. */
    private WbxmlElement withNativeBody(String serverId, WbxmlElement data) {
        WbxmlElement body = Trees.child(data, "Body");
        WbxmlElement own = nativeBodies.get(serverId);
        if (body == null || own == null || isNative(data, body)) {
            return data;
        }
        return WbxmlElement.of(data.tag(), data.children().stream().map(c -> c == body ? own : c).toList());
    }

    void apply(CapturedExchange x) {
        WbxmlElement answer = Replay.decode(x.responseBody());
        if (answer == null || !answer.tag().name().equals("Sync") || !applied.add(x.number())) {
            return;
        }
        for (WbxmlElement collection : Trees.collections(answer)) {
            String collectionId = Trees.text(collection, "CollectionId").orElseThrow();
            Folder folder = folders.folder(collectionId);
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
            java.util.List<WbxmlElement> commands = commands(collection);
            for (int i = 0; i < commands.size(); i++) {
                if (written.add(x.number() + "/" + collectionId + "/" + i)) {
                    apply(collectionId, folder, commands.get(i));
                }
            }
        }
    }

    /**
     * At a page Exchange answered with MoreAvailable, writes what the later pages of that paged sync bring,
     * in their order, up to the last mail received before this request ({@code DateReceived} not after its
     * time): Exchange had those already and counted them in MoreAvailable, so pushbox must have them too to
     * page the same way. Changes and Deletes among them keep their place, since Exchange lists a folder's
     * changes in the order they happened. What follows that mail is written with its own page.
     */
    void applyAhead(CapturedExchange x, java.util.List<CapturedExchange> later) {
        WbxmlElement answer = Replay.decode(x.responseBody());
        if (x.time() == null || answer == null || !answer.tag().name().equals("Sync")) {
            return;
        }
        for (WbxmlElement collection : Trees.collections(answer)) {
            String collectionId = Trees.text(collection, "CollectionId").orElseThrow();
            java.util.List<String> keys = new java.util.ArrayList<>();
            java.util.List<WbxmlElement> ahead = new java.util.ArrayList<>();
            int cut = -1;
            for (CapturedExchange page : PagedSync.laterPages(x, collectionId, later)) {
                java.util.List<WbxmlElement> commands = PagedSync.collection(Replay.decode(page.responseBody()),
                        collectionId).map(ServerSide::commands).orElse(java.util.List.of());
                for (int i = 0; i < commands.size(); i++) {
                    keys.add(page.number() + "/" + collectionId + "/" + i);
                    ahead.add(commands.get(i));
                    if (receivedBy(commands.get(i), x.time())) {
                        cut = ahead.size() - 1;
                    }
                }
            }
            Folder folder = folders.folder(collectionId);
            for (int i = 0; i <= cut; i++) {
                if (written.add(keys.get(i))) {
                    apply(collectionId, folder, ahead.get(i));
                }
            }
        }
    }

    /**
     * Stores what came into the folder before the items {@code x}'s answer adds to the device, without
     * those: a device that syncs up a key from before the capture already held it (Exchange sends it only
     * what is new), so it must be in the store before the replay syncs that key up.
     */
    void applyEarlierArrivals(CapturedExchange x, String collectionId) {
        WbxmlElement collection = PagedSync.collection(Replay.decode(x.responseBody()), collectionId).orElse(null);
        if (collection == null) {
            return;
        }
        Folder folder = folders.folder(collectionId);
        for (WbxmlElement add : Trees.children(Trees.child(collection, "Commands"), "Add")) {
            for (ArrivalOrder.Entry earlier : arrivals.before(collectionId, Trees.text(add, "ServerId").orElse(""))) {
                if (!map.knows(ValueKind.ITEM, earlier.serverId()) && written.add(earlier.key())) {
                    apply(collectionId, folder, earlier.add());
                }
            }
        }
    }

    /** A mail's Add whose DateReceived is not after {@code time}. */
    private static boolean receivedBy(WbxmlElement command, java.time.Instant time) {
        return command.tag().name().equals("Add") && Trees.text(command, "ApplicationData", "DateReceived")
                .map(org.pushbox.protocol.model.EasDateTime::parseEither).filter(t -> !t.isAfter(time)).isPresent();
    }

    private static java.util.List<WbxmlElement> commands(WbxmlElement collection) {
        WbxmlElement commands = Trees.child(collection, "Commands");
        return commands == null ? java.util.List.of() : commands.children();
    }

    private void apply(String collectionId, Folder folder, WbxmlElement command) {
        String serverId = Trees.text(command, "ServerId").orElse(null);
        WbxmlElement data = Trees.child(command, "ApplicationData");
        boolean known = serverId != null && map.knows(ValueKind.ITEM, serverId);
        switch (command.tag().name()) {
            case "Add" -> {
                if (!known) {
                    // what came into the folder before this item is stored before it, so that pushbox,
                    // which pages a first sync in the order items were stored, has Exchange's order
                    for (ArrivalOrder.Entry earlier : arrivals.before(collectionId, serverId)) {
                        if (!map.knows(ValueKind.ITEM, earlier.serverId()) && written.add(earlier.key())) {
                            apply(collectionId, folder, earlier.add());
                        }
                    }
                    map.learn(ValueKind.ITEM, serverId, seeder.add(folder, withNativeBody(serverId, data),
                            fetchedMime.get(serverId)));
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
