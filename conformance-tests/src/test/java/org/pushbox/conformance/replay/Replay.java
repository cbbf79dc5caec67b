package org.pushbox.conformance.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
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

    private final Capture capture;
    private final EasTestClient client;
    private final Set<String> implemented;
    private final ValueMap valueMap;
    private final ResponseLearner learner;
    private final Folders folders;
    private final ServerSide serverSide;
    private final MailboxSeeder seeder;
    private final DeviceBootstrap bootstrap;
    private final Path bodies;
    private final List<Path> wbxmlAnswers = new ArrayList<>();
    private final Set<String> preExisting = new HashSet<>();

    Replay(Capture capture, EasTestClient client, MailboxSeeder seeder, Folders folders, ValueMap map,
            Set<String> implemented, Path bodies) {
        this.capture = capture;
        this.client = client;
        this.seeder = seeder;
        this.folders = folders;
        this.implemented = implemented;
        this.bodies = bodies;
        this.valueMap = map;
        this.learner = new ResponseLearner(map);
        this.serverSide = new ServerSide(map, folders, seeder);
        this.bootstrap = new DeviceBootstrap(client, this::checkAnswer);
    }

    ReplayResult run() {
        ReplayResult result = new ReplayResult(capture.name());
        List<CapturedExchange> all = capture.exchanges();
        for (int i = 0; i < all.size(); i++) {
            CapturedExchange x = all.get(i);
            if (!x.isOptions() && !implemented.contains(x.command())) {
                result.notImplemented(x);
                continue;
            }
            EasResponse ours = x.isOptions() ? client.options() : send(x, all.subList(i + 1, all.size()));
            checkAnswer(ours);
            result.compared(x, compare(x, ours));
        }
        result.xsdFiles(wbxmlAnswers);
        return result;
    }

    private EasResponse send(CapturedExchange x, List<CapturedExchange> later) {
        WbxmlElement request = decode(x.requestBody());
        prepare(x, request);
        serverSide.apply(x);
        if (request != null && request.tag().name().equals("Ping") && pingAnsweredChanges(x)) {
            later.stream().filter(l -> l.command().equals("Sync")).findFirst().ifPresent(serverSide::apply);
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
        if (request != null) {
            // a bootstrap step goes with the newest key pushbox gave, whatever key this request carries
            valueMap.latest(ValueKind.POLICY_KEY).ifPresent(k -> client.policyKey(Long.parseLong(k)));
            visit(request, x);
        }
        if (key == null) {
            client.forgetPolicyKey();
        } else {
            client.policyKey(Long.parseLong(valueMap.translate(ValueKind.POLICY_KEY, key)));
        }
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
        for (String serverId : PreexistingItems.of(capture, exchangeId, x.number())) {
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
                    mine == null ? "none" : "WBXML"));
        } else if (theirs != null) {
            learner.learn(theirs, mine);
            diffs.addAll(TreeDiff.compare(command, valueMap.translate(theirs), mine));
        }
        return diffs;
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
