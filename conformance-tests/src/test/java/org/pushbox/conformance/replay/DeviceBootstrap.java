package org.pushbox.conformance.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Brings pushbox's side of a device to where the capture starts: most captures begin in the middle of a
 * session, with a policy key, a hierarchy key and collection keys that Exchange gave out before the capture.
 * Each step does what a device would have done to obtain such a value from pushbox (provision, FolderSync 0,
 * Sync 0 and then every page), so that the capture's value can be mapped to the one pushbox gave.
 * These requests are not part of the replay's counts; their answers are still checked against the XSDs.
 */
final class DeviceBootstrap {

    private final EasTestClient client;
    private final Consumer<EasResponse> check;

    /** @param check sees every answer (status and XSD checks) */
    DeviceBootstrap(EasTestClient client, Consumer<EasResponse> check) {
        this.client = client;
        this.check = check;
    }

    /** Provisions in two phases; returns the final policy key, which the client then sends. */
    long provision() {
        client.forgetPolicyKey();
        boolean deviceInformation = client.device().version().compareTo(ProtocolVersion.V14_1) >= 0;
        String info = deviceInformation ? "<settings:DeviceInformation><settings:Set><settings:Model>replay"
                + "</settings:Model></settings:Set></settings:DeviceInformation>" : "";
        EasResponse first = post("Provision", "<Provision xmlns=\"Provision\" xmlns:settings=\"Settings\">" + info
                + "<Policies><Policy><PolicyType>MS-EAS-Provisioning-WBXML</PolicyType></Policy></Policies></Provision>");
        String temporary = Trees.text(first.tree(), "Policies", "Policy", "PolicyKey").orElseThrow(() ->
                new AssertionError("pushbox gave no temporary policy key:\n" + first));
        client.policyKey(Long.parseLong(temporary));
        EasResponse second = post("Provision", "<Provision xmlns=\"Provision\"><Policies><Policy>"
                + "<PolicyType>MS-EAS-Provisioning-WBXML</PolicyType><PolicyKey>" + temporary
                + "</PolicyKey><Status>1</Status></Policy></Policies></Provision>");
        long key = Long.parseLong(Trees.text(second.tree(), "Policies", "Policy", "PolicyKey").orElseThrow(() ->
                new AssertionError("pushbox gave no final policy key:\n" + second)));
        client.policyKey(key);
        return key;
    }

    /** FolderSync 0; returns pushbox's hierarchy key. */
    String folderSync() {
        EasResponse r = post("FolderSync", "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>0</SyncKey></FolderSync>");
        return Trees.text(r.tree(), "SyncKey").orElseThrow(() -> new AssertionError("no hierarchy key:\n" + r));
    }

    /** A Ping watching {@code folders} (pushbox id -> Class), which pushbox saves for the device's empty Pings. */
    void ping(String heartbeat, List<java.util.Map.Entry<String, String>> folders) {
        StringBuilder xml = new StringBuilder("<Ping xmlns=\"Ping\"><HeartbeatInterval>").append(heartbeat)
                .append("</HeartbeatInterval><Folders>");
        folders.forEach(f -> xml.append("<Folder><Id>").append(f.getKey()).append("</Id><Class>").append(f.getValue())
                .append("</Class></Folder>"));
        EasResponse r = post("Ping", xml.append("</Folders></Ping>").toString());
        String status = Trees.text(r.tree(), "Status").orElse("");
        if (!status.equals("1") && !status.equals("2")) {
            throw new AssertionError("bootstrap Ping answered Status " + status + ":\n" + r);
        }
    }

    /**
     * Sync 0 of one collection, then every page of its items, with the Options the capture's request carries
     * (a different FilterType would make that request a new reconcile); returns the key after the last page.
     */
    String syncCollection(String collectionId, WbxmlElement options) {
        String key = "0";
        boolean more = true;
        while (more) {
            List<WbxmlElement> fields = new ArrayList<>(List.of(text("SyncKey", key), text("CollectionId", collectionId)));
            if (!key.equals("0")) {
                fields.add(WbxmlElement.empty(tag("GetChanges")));
                fields.add(text("WindowSize", "512"));
            }
            if (options != null) {
                fields.add(options);
            }
            WbxmlElement request = WbxmlElement.of(tag("Sync"), WbxmlElement.of(tag("Collections"),
                    WbxmlElement.of(tag("Collection"), fields)));
            EasResponse r = send("Sync", EasCall.post("Sync").wbxml(request));
            if (!r.isWbxml()) {
                return key; // an empty answer: nothing more to send at this key
            }
            WbxmlElement collection = Trees.collections(r.tree()).get(0);
            String next = Trees.text(collection, "SyncKey").orElseThrow(() -> new AssertionError("no key:\n" + r));
            more = key.equals("0") || Trees.child(collection, "MoreAvailable") != null;
            key = next;
        }
        return key;
    }

    private static Tag tag(String name) {
        return CodePages.require("AirSync", name);
    }

    private static WbxmlElement text(String name, String value) {
        return WbxmlElement.text(tag(name), value);
    }

    private EasResponse post(String command, String xml) {
        return send(command, EasCall.post(command).xml(xml));
    }

    private EasResponse send(String command, EasCall call) {
        EasResponse r = client.send(call);
        if (Boolean.getBoolean("pushbox.replay.debug")) {
            System.out.println("bootstrap " + command + " answered:\n" + r);
        }
        check.accept(r);
        if (r.status() != 200) {
            throw new AssertionError("bootstrap " + command + " answered HTTP " + r.status() + ":\n" + r);
        }
        return r;
    }
}
