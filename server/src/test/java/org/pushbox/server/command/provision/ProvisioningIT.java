package org.pushbox.server.command.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.foldercreate.FolderCreateCodec;
import org.pushbox.protocol.command.foldercreate.FolderCreateRequest;
import org.pushbox.protocol.command.foldercreate.FolderCreateResponse;
import org.pushbox.protocol.command.foldersync.Folder;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncRequest;
import org.pushbox.protocol.command.foldersync.FolderSyncResponse;
import org.pushbox.protocol.command.foldersync.FolderType;
import org.pushbox.protocol.command.provision.PolicyAckStatus;
import org.pushbox.protocol.command.provision.ProvisionCodec;
import org.pushbox.protocol.command.provision.ProvisionRequest;
import org.pushbox.protocol.command.provision.ProvisionRequest.PolicyRequest;
import org.pushbox.protocol.command.provision.ProvisionResponse;
import org.pushbox.protocol.command.provision.RemoteWipeAckStatus;
import org.pushbox.protocol.command.settings.DeviceInformation;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.command.StandardCommands;
import org.pushbox.server.http.RunningServer;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.WipeState;
import org.pushbox.testing.Requirements;

/**
 * Provisioning, the gate and the hierarchy commands through HTTP against a real server with the standard
 * commands. Every WBXML body received is validated against Microsoft's XSDs at the end.
 */
class ProvisioningIT {

    private static final String TYPE = ProvisionCodec.WBXML_POLICY_TYPE;
    private static final List<byte[]> BODIES = new ArrayList<>();

    @TempDir
    Path dir;
    private RunningServer server;

    private RunningServer start(Map<String, String> settings) throws Exception {
        server = RunningServer.start(dir, settings, new StandardCommands());
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterAll
    static void responsesValidateAgainstTheXsds(@TempDir Path out) throws Exception {
        Path corpus = Requirements.corpus();
        Requirements.tool("xmllint", "libxml2-utils");
        List<String> command = new ArrayList<>(List.of("bash", corpus.resolve("validate.sh").toString(), "-q"));
        for (int i = 0; i < BODIES.size(); i++) {
            Path file = out.resolve("response-" + i + ".wbxml");
            Files.write(file, BODIES.get(i));
            command.add(file.toString());
        }
        Process validate = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(validate.getInputStream().readAllBytes());
        assertThat(validate.waitFor()).as("validate.sh on %d responses:%n%s", BODIES.size(), output).isZero();
    }

    private HttpResponse<byte[]> post(String command, ProtocolVersion version, String device, Long policyKey,
            WbxmlElement body) throws Exception {
        HttpRequest.Builder request = server.request("/Microsoft-Server-ActiveSync?Cmd=" + command + "&User="
                + RunningServer.LOGIN + "&DeviceId=" + device + "&DeviceType=TestPhone")
                .header("MS-ASProtocolVersion", version.headerValue())
                .header("Content-Type", "application/vnd.ms-sync.wbxml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Wbxml.encode(body)));
        if (policyKey != null) {
            request.header("X-MS-PolicyKey", Long.toString(policyKey));
        }
        HttpResponse<byte[]> response = server.send(request.build());
        if (response.body().length > 0) {
            synchronized (BODIES) {
                BODIES.add(response.body());
            }
        }
        return response;
    }

    private FolderSyncResponse folderSync(ProtocolVersion v, String device, Long key, String syncKey)
            throws Exception {
        HttpResponse<byte[]> r = post("FolderSync", v, device, key,
                FolderSyncCodec.encodeRequest(new FolderSyncRequest(syncKey), v));
        assertThat(r.statusCode()).isEqualTo(200);
        return FolderSyncCodec.decodeResponse(Wbxml.decode(r.body()), v);
    }

    private ProvisionResponse provision(ProtocolVersion v, String device, ProvisionRequest request) throws Exception {
        HttpResponse<byte[]> r = post("Provision", v, device, 0L, ProvisionCodec.encodeRequest(request, v));
        assertThat(r.statusCode()).isEqualTo(200);
        return ProvisionCodec.decodeResponse(Wbxml.decode(r.body()), v);
    }

    private static DeviceInformation info() {
        return new DeviceInformation("Model X", "35-209900-176148-1", "Bob's phone", "TestOS 1.0", "en-GB",
                "+44 20 7946 0000", "TestAgent/1.0", false, "Carrier");
    }

    /** Both phases; returns the final key. */
    private long provisionFully(ProtocolVersion v, String device) throws Exception {
        DeviceInformation information = v.atLeast(ProtocolVersion.V14_1) ? info() : null;
        ProvisionResponse phase1 = provision(v, device,
                new ProvisionRequest(information, new PolicyRequest(TYPE, null, null), null, null));
        assertThat(phase1.status().code()).isEqualTo(1);
        assertThat(phase1.policy().status().code()).isEqualTo(1);
        assertThat(phase1.policy().data()).isNotNull();
        long temporary = Long.parseLong(phase1.policy().policyKey());
        assertThat(temporary).isPositive();
        ProvisionResponse phase2 = provision(v, device, new ProvisionRequest(null,
                new PolicyRequest(TYPE, Long.toString(temporary), PolicyAckStatus.APPLIED), null, null));
        assertThat(phase2.policy().status().code()).isEqualTo(1);
        long finalKey = Long.parseLong(phase2.policy().policyKey());
        assertThat(finalKey).isPositive().isNotEqualTo(temporary);
        return finalKey;
    }

    private static int wbxmlStatus(byte[] body) throws Exception {
        WbxmlElement root = Wbxml.decode(body);
        return Integer.parseInt(root.children().get(0).text());
    }

    @Test
    void version141ProvisionsInTwoPhasesAndTheGateAnswers449WithTheWbxmlStatus() throws Exception {
        start(Map.of());
        ProtocolVersion v = ProtocolVersion.V14_1;
        HttpResponse<byte[]> refused = post("FolderSync", v, "DEV1", null,
                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), v));
        assertThat(refused.statusCode()).isEqualTo(449);
        assertThat(wbxmlStatus(refused.body())).isEqualTo(142);

        ProvisionResponse noInfo = provision(v, "DEV1",
                new ProvisionRequest(null, new PolicyRequest(TYPE, null, null), null, null));
        assertThat(noInfo.status().code()).isEqualTo(165);

        long key = provisionFully(v, "DEV1");
        Device device = server.store().devices().find(server.account().id(), "DEV1").orElseThrow();
        assertThat(device.policyKey()).isEqualTo(key);
        assertThat(device.model()).isEqualTo("Model X");
        assertThat(folderSync(v, "DEV1", key, "0").status().code()).isEqualTo(1);

        HttpResponse<byte[]> stale = post("FolderSync", v, "DEV1", key ^ 1,
                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), v));
        assertThat(stale.statusCode()).isEqualTo(449);
        assertThat(wbxmlStatus(stale.body())).isEqualTo(144);
    }

    @Test
    void version121GetsABare449AndProvisionsToo() throws Exception {
        start(Map.of());
        ProtocolVersion v = ProtocolVersion.V12_1;
        HttpResponse<byte[]> refused = post("FolderSync", v, "OLD1", 0L,
                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), v));
        assertThat(refused.statusCode()).isEqualTo(449);
        assertThat(refused.body()).isEmpty();
        long key = provisionFully(v, "OLD1");
        assertThat(folderSync(v, "OLD1", key, "0").added()).isNotEmpty();
    }

    @Test
    void wrongTemporaryKeyIsPolicyStatus5() throws Exception {
        start(Map.of());
        ProtocolVersion v = ProtocolVersion.V14_0;
        provision(v, "DEV2", new ProvisionRequest(null, new PolicyRequest(TYPE, null, null), null, null));
        ProvisionResponse wrong = provision(v, "DEV2", new ProvisionRequest(null,
                new PolicyRequest(TYPE, "12345", PolicyAckStatus.APPLIED), null, null));
        assertThat(wrong.policy().status().code()).isEqualTo(5);
        assertThat(wrong.policy().policyKey()).isNull();
    }

    @Test
    void noPolicyModeGatesNothingButStillAnswersProvision() throws Exception {
        start(Map.of("policy.mode", "none"));
        ProtocolVersion v = ProtocolVersion.V14_1;
        assertThat(folderSync(v, "FREE", null, "0").status().code()).isEqualTo(1);
        long key = provisionFully(v, "FREE");
        assertThat(folderSync(v, "FREE", key, "0").status().code()).isEqualTo(1);
    }

    @Test
    void remoteWipeIsSignalledDeliveredAcknowledgedAndThenBlocks() throws Exception {
        start(Map.of());
        ProtocolVersion v = ProtocolVersion.V14_1;
        long key = provisionFully(v, "LOST");
        Device device = server.store().devices().find(server.account().id(), "LOST").orElseThrow();
        server.store().devices().setWipeState(device.id(), WipeState.WIPE_REQUESTED);

        HttpResponse<byte[]> signal = post("FolderSync", v, "LOST", key,
                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), v));
        assertThat(signal.statusCode()).isEqualTo(449);
        assertThat(wbxmlStatus(signal.body())).isEqualTo(140);
        ProvisionResponse wipe = provision(v, "LOST",
                new ProvisionRequest(info(), new PolicyRequest(TYPE, null, null), null, null));
        assertThat(wipe.remoteWipe()).isTrue();
        assertThat(wipe.policy()).isNull();
        ProvisionResponse ack = provision(v, "LOST",
                new ProvisionRequest(null, null, RemoteWipeAckStatus.WIPED, null));
        assertThat(ack.status().code()).isEqualTo(1);
        assertThat(server.store().devices().get(device.id()).orElseThrow().wipeState()).isEqualTo(WipeState.WIPED);

        HttpResponse<byte[]> blocked = post("FolderSync", v, "LOST", key,
                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), v));
        assertThat(blocked.statusCode()).isEqualTo(200);
        assertThat(wbxmlStatus(blocked.body())).isEqualTo(129);
    }

    @Test
    void aFolderCreatedByOneDeviceReachesTheOtherOnceAndALostResponseIsRepeated() throws Exception {
        start(Map.of());
        ProtocolVersion v = ProtocolVersion.V14_1;
        long keyA = provisionFully(v, "PHONE");
        long keyB = provisionFully(v, "TABLET");
        FolderSyncResponse a0 = folderSync(v, "PHONE", keyA, "0");
        FolderSyncResponse b0 = folderSync(v, "TABLET", keyB, "0");
        HttpResponse<byte[]> r = post("FolderCreate", v, "PHONE", keyA, FolderCreateCodec.encodeRequest(
                new FolderCreateRequest(a0.syncKey(), "0", "Receipts", FolderType.USER_CREATED_MAIL), v));
        FolderCreateResponse created = FolderCreateCodec.decodeResponse(Wbxml.decode(r.body()), v);
        assertThat(created.status().code()).isEqualTo(1);

        FolderSyncResponse lost = folderSync(v, "TABLET", keyB, b0.syncKey());
        FolderSyncResponse retried = folderSync(v, "TABLET", keyB, b0.syncKey());
        assertThat(retried).isEqualTo(lost);
        assertThat(retried.added()).extracting(Folder::serverId).containsExactly(created.serverId());
        assertThat(folderSync(v, "TABLET", keyB, retried.syncKey()).count()).isZero();
        assertThat(folderSync(v, "PHONE", keyA, created.syncKey()).count()).isZero();
    }
}
