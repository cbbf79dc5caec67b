package org.pushbox.conformance.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ResponseObserver;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.interop.XsdValidation;
import org.pushbox.storage.api.Account;
import org.pushbox.testing.Requirements;

/**
 * Replays captures of real devices talking to Exchange 2010 (shared/corpus/devices) against pushbox, one test
 * per capture, and compares every answer with Exchange's. See docs/compatibility.md for what differs and why.
 */
class CorpusReplayIT {

    @TempDir
    static Path workDir;

    private static ReplayServer server;
    private static Set<String> implemented;
    private static final List<ReplayResult> results = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = ReplayServer.start(workDir.resolve("server"));
        // what pushbox serves is what its OPTIONS answer advertises
        ServerTarget target = ServerTarget.of(server.url(), server.credentials(server.account("options")),
                ResponseObserver.NONE);
        EasResponse options = target.client(DeviceIdentity.plain("replayoptions", "Replay", null,
                ProtocolVersion.V14_1)).options();
        implemented = Arrays.stream(options.header("MS-ASProtocolCommands").orElseThrow(() ->
                new AssertionError("OPTIONS lists no commands: " + options)).split(","))
                .map(String::strip).collect(Collectors.toSet());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        int exchanges = 0;
        int identical = 0;
        int explained = 0;
        int notImplemented = 0;
        TreeMap<String, Integer> kinds = new TreeMap<>();
        for (ReplayResult r : results) {
            exchanges += r.exchanges();
            identical += r.identical();
            explained += r.explained();
            notImplemented += r.notImplementedCount();
            r.kinds().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
        }
        System.out.printf("corpus replay: %d captures, %d exchanges: %d identical, %d with explained differences, "
                + "%d not implemented; differences by kind %s%n", results.size(), exchanges, identical, explained,
                notImplemented, kinds);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "wp8-exchange-contact-create-modify-delete",
        "wp8-exchange-createFromDevice-same-time-as-a-modifyFromServer",
        "wp8-exchange-modification-both-side",
        "gs3-exchange-create-contacts",
        "gs3-exchange-delete",
        "gs3-exchange-client-add-deletion-server-update",
        "gsGN-exchange-create-full-contact",
    })
    void replays(String name) throws Exception {
        Path dir = Requirements.corpus().resolve("devices").resolve(name);
        Capture capture = Capture.load(dir);
        Account account = server.account("replay" + results.size());
        ServerTarget target = ServerTarget.of(server.url(), server.credentials(account), ResponseObserver.NONE);
        EasTestClient client = target.client(capture.device());
        ValueMap map = new ValueMap();
        MailboxSeeder seeder = new MailboxSeeder(server.store(), account.id(), capture.device().version());
        Folders folders = new Folders(capture, map, seeder, server.store());
        Path bodies = Files.createDirectories(workDir.resolve(name));

        ReplayResult result = new Replay(capture, client, seeder, folders, map, implemented, bodies).run();
        results.add(result);
        System.out.println(result.summary());

        assertThat(result.unexplained()).as("differences from Exchange of no explained kind (docs/compatibility.md)")
                .isEmpty();
        if (!result.xsdFiles().isEmpty()) {
            XsdValidation.Verdict verdict = XsdValidation.validate(result.xsdFiles());
            assertThat(verdict.valid()).as("pushbox's answers validate against the XSDs:\n" + verdict.output()).isTrue();
        }
    }
}
