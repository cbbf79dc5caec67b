package org.pushbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.script.ScriptException;
import org.pushbox.conformance.script.ScriptFailure;
import org.pushbox.conformance.script.ScriptParser;
import org.pushbox.conformance.script.ScriptRunner;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;

/**
 * The client and the runner against a real server: gzip is undone, and a script whose expectations the
 * server does not meet fails with the line, the expectation and the answer (a runner that cannot fail
 * would make every script worthless).
 */
class ClientAndRunnerIT extends AgainstServer {

    static final String PROVISION_PHASE_1 = """
            <Provision xmlns="Provision" xmlns:settings="Settings">
              <settings:DeviceInformation><settings:Set><settings:Model>iPhone9C1</settings:Model></settings:Set>
              </settings:DeviceInformation>
              <Policies><Policy><PolicyType>MS-EAS-Provisioning-WBXML</PolicyType></Policy></Policies>
            </Provision>""";

    static void run(String script) {
        new ScriptRunner(target.target()).run(ScriptParser.parse("inline.eas", script), "14.1");
    }

    static final String DEVICE = "device phone id=iPhone{run} type=iPhone agent=Apple-iPhone9C1/1402.100\n";

    @Test
    void gzippedAnswersAreUndoneAndSentOnlyWhenAccepted() {
        EasTestClient phone = target.target().client(DeviceIdentity.plain("gzipPhone" + System.nanoTime() % 100000,
                "iPhone", "Apple-iPhone9C1/1402.100", ProtocolVersion.V14_1));
        EasResponse plain = phone.send(EasCall.post("Provision").xml(PROVISION_PHASE_1).acceptGzip(false));
        EasResponse gzipped = phone.send(EasCall.post("Provision").xml(PROVISION_PHASE_1).acceptGzip(true));
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.isGzipped()).isFalse();
        assertThat(gzipped.status()).isEqualTo(200);
        if (target.isEmbedded()) {
            assertThat(gzipped.isGzipped()).as("pushbox compresses answers above 256 bytes").isTrue();
            assertThat(gzipped.wireBody().length).isLessThan(gzipped.body().length);
        }
        var policies = CodePages.require("Provision", "Policies");
        var policy = CodePages.require("Provision", "Policy");
        var data = CodePages.require("Provision", "Data");
        assertThat(gzipped.tree().child(policies).child(policy).child(data))
                .isEqualTo(plain.tree().child(policies).child(policy).child(data));
        assertThat(phone.post(EasCommand.FOLDER_SYNC, "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>0</SyncKey></FolderSync>")
                .status()).as("not provisioned").isEqualTo(449);
    }

    @Test
    void anUnmetStatusFailsWithLineExpectationAndAnswer() {
        assertThatThrownBy(() -> run(DEVICE + "options phone\nexpect 204\n"))
                .isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("inline.eas:3: expect 204")
                .hasMessageContaining("HTTP status is 200, expected 204");
    }

    @Test
    void anUnmetValueOrCountFails() {
        String ping = DEVICE + "post phone Ping\n  body empty\nexpect 200\n";
        run(ping + "  Ping/Status = 3\n  count Ping/Status = 1\n  absent Ping/Folders\n");
        assertThatThrownBy(() -> run(ping + "  Ping/Status = 1\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("Ping/Status is \"3\", expected \"1\"").hasMessageContaining("<Status>3</Status>");
        assertThatThrownBy(() -> run(ping + "  count Ping/Status = 2\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("selects 1 elements, expected 2");
        assertThatThrownBy(() -> run(ping + "  Ping/Folders = *\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("selects 0 elements, expected exactly 1");
        assertThatThrownBy(() -> run(ping + "  header X-Not-There: *\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("header X-Not-There is missing");
        assertThatThrownBy(() -> run(ping + "  body empty\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("expected none");
    }

    @Test
    void capturesCarryValuesAndSameBodyComparesBytes() {
        String script = DEVICE + """
                post phone Ping as first
                  body empty
                expect 200
                  Ping/Status = {capture:status}
                post phone Ping
                  body empty
                expect 200
                  Ping/Status = {status}
                  same-body-as first
                post phone Ping
                  <Ping xmlns="Ping"><HeartbeatInterval>0</HeartbeatInterval>
                  <Folders><Folder><Id>1</Id><Class>Email</Class></Folder></Folders></Ping>
                expect 200
                """;
        run(script);
        assertThatThrownBy(() -> run(script + "  same-body-as first\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("the body differs from that of first");
        assertThatThrownBy(() -> run(script + "  Ping/Status = {status}\n")).isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("expected \"3\"");
    }

    @Test
    void asyncRequestsAreAwaitedAndMustBe() {
        run(DEVICE + "options phone async as early\nawait early\nexpect 200\n");
        assertThatThrownBy(() -> run(DEVICE + "options phone async as early\n")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("never awaited: [early]");
        assertThatThrownBy(() -> run(DEVICE + "options phone async as early\nawait late\nexpect 200\n"))
                .isInstanceOf(ScriptException.class).hasMessageContaining("inline.eas:3: no async request is labelled late");
    }
}
