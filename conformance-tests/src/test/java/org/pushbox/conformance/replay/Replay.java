package org.pushbox.conformance.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ResponseObserver;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;

/**
 * Replays one capture against pushbox in its original order: maps Exchange's values to pushbox's in every
 * request, replays the server's side of the capture in the store, sends the request, checks the answer and
 * compares it with Exchange's answer element by element.
 */
final class Replay {

    /** Ping heartbeats are cut to the server's minimum so that a replay takes seconds, not the capture's hours. */
    private static final String HEARTBEAT = "1";
    /** How a Sync answer with new keys and nothing else is named in a {@link Difference}. */
    static final String NEW_KEYS_ONLY = "WBXML with new keys only";
    /** -Dpushbox.replay.debug=true prints pushbox's answer wherever it differs in a way not explained. */
    private static final boolean DEBUG = Boolean.getBoolean("pushbox.replay.debug");
    /** Stands for a value the device obtained before the capture began and never sends in it. */
    private static final String BEFORE_THE_CAPTURE = "(before the capture)";

    private final Capture capture;
    private final ReplayServer server;
    private final String accountPrefix;
    private final Set<String> implemented;
    private final ValueMap valueMap;
    private final ResponseLearner learner;
    private final PageFill pageFill;
    private final Path bodies;
    private final List<Path> wbxmlAnswers = new ArrayList<>();
    private final Set<String> preExisting = new HashSet<>();
    /** Devices whose Ping parameters from before the capture were looked for (at their first empty Ping). */
    private final Set<String> watched = new HashSet<>();
    private final Map<String, Mailbox> mailboxes = new HashMap<>();
    private final Map<String, EasTestClient> clients = new HashMap<>();
    /** Exchange ServerId -> the MIME a Fetch of the capture returned for that mail. */
    private final Map<String, byte[]> fetchedMime;
    /** Exchange ServerId -> the mail's body as an answer of the capture sent it in its native type. */
    private final Map<String, WbxmlElement> nativeBodies;
    // the device and mailbox of the exchange being replayed
    private EasTestClient client;
    private MailboxSeeder seeder;
    private Folders folders;
    private ServerSide serverSide;
    private DeviceBootstrap bootstrap;

    /** One account of the capture on pushbox, shared by the capture's devices that sign in as its user. */
    private record Mailbox(org.pushbox.storage.api.Account account, MailboxSeeder seeder, Folders folders,
            ServerSide serverSide) {
    }

    /** @param accountPrefix makes the pushbox accounts of this capture (one per user) its own */
    Replay(Capture capture, ReplayServer server, String accountPrefix, Set<String> implemented, Path bodies) {
        this.capture = capture;
        this.server = server;
        this.accountPrefix = accountPrefix;
        this.implemented = implemented;
        this.bodies = bodies;
        this.valueMap = new ValueMap();
        this.learner = new ResponseLearner(valueMap);
        this.pageFill = new PageFill(valueMap);
        this.fetchedMime = ServerSide.fetchedMime(capture);
        this.nativeBodies = ServerSide.nativeBodies(capture);
    }

    /** Makes {@code x}'s device (and its account) the one requests go out as and values are mapped for. */
    private void enter(CapturedExchange x) {
        Capture.Device device = capture.devices().get(x.deviceId());
        Mailbox mailbox = mailboxes.computeIfAbsent(device.user(), user -> {
            var account = server.account(accountPrefix + (user.isEmpty() ? "" : "-" + user));
            MailboxSeeder s = new MailboxSeeder(server.store(), account.id(), device.identity().version());
            Folders f = new Folders(capture, valueMap, s, server.store());
            java.util.Set<String> devices = new java.util.HashSet<>();
            capture.devices().forEach((id, d) -> {
                if (d.user().equals(user)) {
                    devices.add(id);
                }
            });
            return new Mailbox(account, s, f, new ServerSide(valueMap, f, s, fetchedMime,
                    ArrivalOrder.of(capture, devices), nativeBodies));
        });
        valueMap.scope(x.deviceId(), device.user());
        client = clients.computeIfAbsent(x.deviceId(), id -> ServerTarget.of(server.url(),
                server.credentials(mailbox.account()), ResponseObserver.NONE).client(device.identity()));
        seeder = mailbox.seeder();
        folders = mailbox.folders();
        serverSide = mailbox.serverSide();
        bootstrap = new DeviceBootstrap(client, this::checkAnswer);
    }

    ReplayResult run() {
        ReplayResult result = new ReplayResult(capture.name());
        List<CapturedExchange> all = capture.exchanges();
        for (int i = 0; i < all.size(); i++) {
            CapturedExchange x = all.get(i);
            enter(x);
            if (x.time() != null) {
                server.clock().set(x.time());
            }
            if (!x.isOptions() && !implemented.contains(x.command())) {
                result.notImplemented(x);
                continue;
            }
            EasResponse ours = x.isOptions() ? client.options() : send(x, all.subList(i + 1, all.size()));
            if ("GetAttachment".equals(x.command()) && ours.status() == 500) {
                // AttachmentName is Exchange's own reference and the replay seeds mail without attachments, so
                // pushbox answers "no such attachment" (HTTP 500, as MS-ASCMD names it): nothing to compare.
                result.notReplayable(x);
                continue;
            }
            checkAnswer(ours);
            List<Difference> diffs = ConvertedBodies.mark(pageFill.mark(x, all.subList(i + 1, all.size()),
                    compare(x, ours)));
            if (x.command().equals("Ping") && CachedPing.superseded(x, capture)) {
                diffs = diffs.stream().map(d -> d.found(Difference.Finding.SUPERSEDED_PING)).toList();
            }
            if (DEBUG && diffs.stream().anyMatch(d -> KnownDifference.explain(d).isEmpty())) {
                System.out.println("pushbox's answer to " + x + ":\n" + ours);
            }
            result.compared(x, diffs);
        }
        result.xsdFiles(wbxmlAnswers);
        return result;
    }

    private EasResponse send(CapturedExchange x, List<CapturedExchange> later) {
        WbxmlElement request = decode(x.requestBody());
        prepare(x, request);
        serverSide.apply(x);
        serverSide.applyAhead(x, later);
        if (x.command().equals("Ping") && pingAnsweredChanges(x)) {
            later.stream().filter(l -> l.command().equals("Sync") && l.deviceId().equals(x.deviceId())).findFirst()
                    .ifPresent(serverSide::apply);
        }
        EasCall call = EasCall.post(x.command());
        x.parameters().forEach(call::parameter);
        if (request != null) {
            call.body(Wbxml.encode(shortHeartbeat(valueMap.translate(request))), EasCall.WBXML);
        }
        return client.send(call);
    }

    /** Obtains from pushbox every value the request carries that the capture obtained before it began. */
    private void prepare(CapturedExchange x, WbxmlElement request) {
        String key = x.policyKey().orElse(null);
        // before any key is known the device holds one from before the capture: provision to get pushbox's;
        // after that an unknown key is sent as the device sent it, and pushbox's verdict on it compared
        if (key != null && !key.equals("0") && !valueMap.knowsAny(ValueKind.POLICY_KEY)) {
            valueMap.learn(ValueKind.POLICY_KEY, key, Long.toString(bootstrap.provision()));
        }
        if (request != null || x.command().equals("Ping")) {
            // a bootstrap step goes with the newest key pushbox gave, whatever key this request carries
            valueMap.latest(ValueKind.POLICY_KEY).ifPresent(k -> client.policyKey(Long.parseLong(k)));
            // a device whose first request is a Ping (empty or not) had synced the folder hierarchy before
            // the capture (pushbox answers a Ping of a device that never did with Status 7)
            if (!valueMap.knowsAny(ValueKind.HIERARCHY_KEY) && x.command().equals("Ping")) {
                if (!valueMap.knowsAny(ValueKind.POLICY_KEY)) {
                    // a keyless (empty) Ping first: the device was provisioned with the key its later requests carry
                    long provisioned = bootstrap.provision();
                    valueMap.learn(ValueKind.POLICY_KEY, capture.exchanges().stream()
                            .filter(l -> x.deviceId().equals(l.deviceId()) && l.policyKey().isPresent())
                            .map(l -> l.policyKey().get()).findFirst().orElse(BEFORE_THE_CAPTURE),
                            Long.toString(provisioned));
                }
                valueMap.learn(ValueKind.HIERARCHY_KEY, BEFORE_THE_CAPTURE, bootstrap.folderSync());
            }
            if (request == null && x.command().equals("Ping") && watched.add(x.deviceId())) {
                cachedPing(x);
            }
            if (request != null) {
                visit(request, x);
            }
        }
        if (key == null) {
            client.forgetPolicyKey();
        } else {
            client.policyKey(Long.parseLong(valueMap.translate(ValueKind.POLICY_KEY, key)));
        }
    }

    /**
     * A device's first Ping is empty, and Exchange's answers show it had the device's Ping folders cached from
     * before the capture: the device had sent them in a Ping then. Each such folder is synced up first (a Ping
     * may only watch folders the device synced), from the device's first Sync of it in the capture, then the
     * folders are sent in a Ping with the replay's heartbeat, which pushbox saves for the empty Pings to come.
     */
    private void cachedPing(CapturedExchange x) {
        List<String> watch = new ArrayList<>();
        for (String exchangeId : CachedPing.folders(capture, x.deviceId())) {
            capture.exchanges().stream().filter(l -> l.deviceId().equals(x.deviceId()) && "Sync".equals(l.command()))
                    .flatMap(l -> PagedSync.collection(decode(l.requestBody()), exchangeId).stream()
                            .map(c -> java.util.Map.entry(l, c)))
                    .findFirst()
                    .filter(first -> Trees.text(first.getValue(), "SyncKey").filter(k -> !k.equals("0")).isPresent())
                    .ifPresent(first -> {
                        collection(first.getValue(), first.getKey());
                        watch.add(Long.toString(folders.folder(exchangeId).id()));
                    });
        }
        if (!watch.isEmpty()) {
            bootstrap.ping(HEARTBEAT, watch.stream().map(id -> java.util.Map.entry(id,
                    pingClass(server.store().folders().get(Long.parseLong(id)).orElseThrow()))).toList());
        }
    }

    private static String pingClass(org.pushbox.storage.api.Folder folder) {
        return switch (folder.itemClass()) {
            case EMAIL -> "Email";
            case CONTACT -> "Contacts";
            case EVENT -> "Calendar";
            case TASK -> "Tasks";
            case NOTE -> "Notes";
        };
    }

    private void visit(WbxmlElement e, CapturedExchange x) {
        if (e.content() == WbxmlElement.Content.CHILDREN) {
            if (e.tag().name().equals("Collection") && Trees.text(e, "SyncKey").isPresent()) {
                collection(e, x);
            }
            e.children().forEach(c -> visit(c, x));
            return;
        }
        var kind = ValueKind.of(e.tag());
        if (kind.isEmpty() || e.content() != WbxmlElement.Content.TEXT || valueMap.knows(kind.get(), e.text())) {
            return;
        }
        switch (kind.get()) {
            case FOLDER -> folders.folder(e.text());
            case HIERARCHY_KEY -> valueMap.learn(ValueKind.HIERARCHY_KEY, e.text(), bootstrap.folderSync());
            default -> {
                // collection keys are handled per collection; unknown items are left for pushbox to refuse
            }
        }
    }

    /** A collection whose key the capture had before it began: seed the items it uses, then sync it up. */
    private void collection(WbxmlElement c, CapturedExchange x) {
        String exchangeId = Trees.text(c, "CollectionId").orElseThrow();
        String key = Trees.text(c, "SyncKey").orElseThrow();
        var folder = folders.folder(exchangeId);
        if (valueMap.knows(ValueKind.COLLECTION_KEY, key)) {
            return;
        }
        serverSide.applyEarlierArrivals(x, exchangeId);
        for (String serverId : PreexistingItems.of(capture, x.deviceId(), exchangeId, x.number())) {
            if (preExisting.add(exchangeId + "/" + serverId) && !valueMap.knows(ValueKind.ITEM, serverId)) {
                WbxmlElement data = WbxmlElement.of(CodePages.require("AirSync", "ApplicationData"), placeholder(folder));
                valueMap.learn(ValueKind.ITEM, serverId, seeder.add(folder, data));
            }
        }
        valueMap.learn(ValueKind.COLLECTION_KEY, key, bootstrap.syncCollection(Long.toString(folder.id()),
                Trees.child(c, "Options")));
    }

    /**
     * One field naming an item the capture had before it began (its content is unknown). Not none: an item
     * without any property is sent as an empty ApplicationData, which the XSDs refuse (see the report).
     */
    private static WbxmlElement placeholder(org.pushbox.storage.api.Folder folder) {
        var tag = switch (folder.itemClass()) {
            case CONTACT -> CodePages.require("Contacts", "FileAs");
            case EVENT -> CodePages.require("Calendar", "Subject");
            case TASK -> CodePages.require("Tasks", "Subject");
            case NOTE -> CodePages.require("Notes", "Subject");
            case EMAIL -> CodePages.require("Email", "Subject");
        };
        return WbxmlElement.text(tag, "from before the capture");
    }

    private List<Difference> compare(CapturedExchange x, EasResponse ours) {
        List<Difference> diffs = new ArrayList<>();
        String command = x.command();
        if (x.responseStatus() != ours.status()) {
            diffs.add(new Difference(command, command, Difference.Kind.HTTP_STATUS,
                    Integer.toString(x.responseStatus()), Integer.toString(ours.status())));
        }
        WbxmlElement theirs = decode(x.responseBody());
        WbxmlElement mine = ours.isWbxml() ? ours.tree() : null;
        if ((theirs == null) != (mine == null)) {
            diffs.add(new Difference(command, command, Difference.Kind.BODY, theirs == null ? "none" : "WBXML",
                    mine == null ? "none" : onlyNewKeys(mine) ? NEW_KEYS_ONLY : "WBXML"));
        } else if (theirs != null) {
            learner.learn(theirs, mine);
            diffs.addAll(TreeDiff.compare(command, valueMap.translateAnswer(theirs), mine));
        }
        return diffs;
    }

    /** A Sync answer whose collections carry a key and a status and nothing else. */
    private static boolean onlyNewKeys(WbxmlElement answer) {
        return answer.tag().name().equals("Sync") && !Trees.collections(answer).isEmpty()
                && Trees.collections(answer).stream().allMatch(c -> c.children().stream().allMatch(e ->
                        Set.of("SyncKey", "CollectionId", "Status", "Class").contains(e.tag().name())))
                && Trees.collections(answer).stream().allMatch(c -> Trees.text(c, "Status").filter("1"::equals)
                        .isPresent());
    }

    private boolean pingAnsweredChanges(CapturedExchange x) {
        WbxmlElement answer = decode(x.responseBody());
        return answer != null && Trees.text(answer, "Status").filter("2"::equals).isPresent();
    }

    private static WbxmlElement shortHeartbeat(WbxmlElement request) {
        if (!request.tag().name().equals("Ping")) {
            return request;
        }
        return WbxmlElement.of(request.tag(), request.children().stream()
                .map(c -> c.tag().name().equals("HeartbeatInterval") ? WbxmlElement.text(c.tag(), HEARTBEAT) : c)
                .toList());
    }

    /** Every answer is well-formed: never a server error, and a WBXML body is kept for the XSD batch. */
    private void checkAnswer(EasResponse r) {
        if (r.status() >= 500) {
            throw new AssertionError(capture.name() + ": pushbox answered HTTP " + r.status() + ":\n" + r);
        }
        if (r.isWbxml()) {
            r.tree();
            try {
                wbxmlAnswers.add(Files.write(bodies.resolve(capture.name() + "-" + wbxmlAnswers.size() + ".wbxml"),
                        r.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The WBXML of a corpus body, or null for none (empty bodies, HTML error pages). */
    static WbxmlElement decode(byte[] body) {
        if (body == null || body.length < 4 || body[0] != 0x03) {
            return null;
        }
        try {
            return Wbxml.decode(body);
        } catch (WbxmlException e) {
            throw new IllegalStateException("a corpus body does not decode: " + e.getMessage(), e);
        }
    }
}
