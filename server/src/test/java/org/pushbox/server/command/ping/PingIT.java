package org.pushbox.server.command.ping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.ping.PingDevice.ping;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.ping.PingCodec;
import org.pushbox.protocol.command.ping.PingRequest;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.command.ping.PingStatus;
import org.pushbox.protocol.interop.XsdValidation;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.RunningServer;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;

/**
 * Ping over real HTTP against a started server: held Pings woken by mail delivered through the store
 * (as the MTA does), heartbeats ending, empty Pings, the refusing statuses, and a newer Ping ending an
 * older one. Every response body is validated against Microsoft's XSDs at the end, in one batch.
 */
class PingIT {

    static final String WBXML = "application/vnd.ms-sync.wbxml";
    static final ProtocolVersion VERSION = ProtocolVersion.V14_1;

    @TempDir
    static Path dataDir;

    static RunningServer server;
    static LocalChangeNotifier notifier;
    static final List<byte[]> bodies = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(dataDir, Map.of("ping.heartbeat-min", "1"), (registry, store, workers, config) -> {
            notifier = LocalChangeNotifier.attach(store);
            registry.register(EasCommand.PING, new PingProcessor(store, notifier, PingLimits.of(config)));
        });
    }

    @AfterAll
    static void validateEveryResponseAndStop() throws Exception {
        try {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                files.add(Files.write(dataDir.resolve("ping-response-" + i + ".wbxml"), bodies.get(i)));
            }
            assertThat(files).isNotEmpty();
            XsdValidation.Verdict verdict = XsdValidation.validate(files);
            assertThat(verdict.valid()).as("validate.sh says:%n%s", verdict.output()).isTrue();
        } finally {
            server.close();
        }
    }

    static PingDevice syncedDevice(String deviceId) {
        PingDevice device = PingDevice.register(server.store(), server.account().id(), deviceId).folderSynced();
        return device.synced(device.folder(FolderType.INBOX)).synced(device.folder(FolderType.CALENDAR));
    }

    static CompletableFuture<HttpResponse<byte[]>> post(String deviceId, PingRequest request) {
        byte[] body = request == null ? new byte[0] : Wbxml.encode(PingCodec.encodeRequest(request, VERSION));
        return server.client().sendAsync(server.request("/Microsoft-Server-ActiveSync?Cmd=Ping&User=anna&DeviceId="
                + deviceId + "&DeviceType=SAMSUNGGTI9100").timeout(java.time.Duration.ofMinutes(2))
                .header("MS-ASProtocolVersion", VERSION.toString()).header("Content-Type", WBXML)
                .POST(BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static PingResponse answer(CompletableFuture<HttpResponse<byte[]>> pending) throws Exception {
        HttpResponse<byte[]> response = pending.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(WBXML);
        synchronized (bodies) {
            bodies.add(response.body());
        }
        return PingCodec.decodeResponse(Wbxml.decode(response.body()), VERSION);
    }

    /** Waits (generously) until {@code n} Pings are held, so that what follows hits a held one. */
    static void awaitHeld(int n) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (notifier.waiting() != n && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(notifier.waiting()).as("held Pings").isEqualTo(n);
    }

    static String id(Folder folder) {
        return Long.toString(folder.id());
    }

    @Test
    void aHeldPingReturnsWhenMailIsDelivered() throws Exception {
        PingDevice phone = syncedDevice("held1");
        Folder inbox = phone.folder(FolderType.INBOX);
        CompletableFuture<HttpResponse<byte[]>> held = post("held1", ping(900, inbox, phone.folder(FolderType.CALENDAR)));
        awaitHeld(1);
        phone.deliver(inbox, "new mail");
        assertThat(answer(held)).isEqualTo(PingResponse.changes(List.of(id(inbox))));
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void aQuietPingEndsWithStatus1AfterItsHeartbeatAndAnEmptyPingReusesIt() throws Exception {
        PingDevice phone = syncedDevice("quiet1");
        Folder inbox = phone.folder(FolderType.INBOX);
        assertThat(answer(post("quiet1", ping(1, inbox)))).isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        assertThat(answer(post("quiet1", null))).as("empty Ping, same 1 s heartbeat")
                .isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        phone.deliver(phone.folder(FolderType.CALENDAR), "not watched");
        assertThat(answer(post("quiet1", ping(1)))).as("heartbeat only: the saved folders")
                .isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
    }

    @Test
    void anEmptyPingIsHeldOnTheSavedFolders() throws Exception {
        PingDevice phone = syncedDevice("empty1");
        Folder calendar = phone.folder(FolderType.CALENDAR);
        CompletableFuture<HttpResponse<byte[]>> full = post("empty1", ping(900, calendar));
        awaitHeld(1);
        CompletableFuture<HttpResponse<byte[]>> empty = post("empty1", null);
        assertThat(answer(full)).as("ended by the newer Ping").isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        awaitHeld(1);
        phone.deliver(calendar, "meeting");
        assertThat(answer(empty)).isEqualTo(PingResponse.changes(List.of(id(calendar))));
    }

    @Test
    void refusalsCarryTheirStatusAndLimits() throws Exception {
        PingDevice phone = syncedDevice("refused1");
        Folder inbox = phone.folder(FolderType.INBOX);
        assertThat(answer(post("freshdevice", null))).isEqualTo(PingResponse.of(PingStatus.MISSING_PARAMETERS));
        assertThat(answer(post("refused1", ping(0, inbox)))).isEqualTo(PingResponse.heartbeatOutOfRange(1));
        assertThat(answer(post("refused1", ping(3541, inbox)))).isEqualTo(PingResponse.heartbeatOutOfRange(3540));
        List<PingRequest.Folder> many = new ArrayList<>();
        for (int i = 1; i <= PingLimits.DEFAULT_MAX_FOLDERS + 1; i++) {
            many.add(new PingRequest.Folder(Integer.toString(i), ItemClass.EMAIL));
        }
        assertThat(answer(post("refused1", new PingRequest(60, many))))
                .isEqualTo(PingResponse.tooManyFolders(PingLimits.DEFAULT_MAX_FOLDERS));
        assertThat(answer(post("refused1", new PingRequest(60, List.of(new PingRequest.Folder("424242",
                ItemClass.EMAIL)))))).isEqualTo(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
        byte[] emptyFolders = Wbxml.encode(WbxmlElement.of(CodePages.require("Ping", "Ping"),
                WbxmlElement.of(CodePages.require("Ping", "Folders"), List.of())));
        HttpResponse<byte[]> syntax = server.client().send(server.request(
                "/Microsoft-Server-ActiveSync?Cmd=Ping&User=anna&DeviceId=refused1&DeviceType=SAMSUNGGTI9100")
                .header("MS-ASProtocolVersion", VERSION.toString()).header("Content-Type", WBXML)
                .POST(BodyPublishers.ofByteArray(emptyFolders)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer(CompletableFuture.completedFuture(syntax))).isEqualTo(PingResponse.of(PingStatus.SYNTAX_ERROR));
    }

    @Test
    void aNewerPingEndsTheOlderAtOnce() throws Exception {
        PingDevice phone = syncedDevice("twice1");
        Folder inbox = phone.folder(FolderType.INBOX);
        CompletableFuture<HttpResponse<byte[]>> older = post("twice1", ping(900, inbox));
        awaitHeld(1);
        CompletableFuture<HttpResponse<byte[]>> newer = post("twice1", ping(900, inbox));
        assertThat(answer(older)).isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        awaitHeld(1);
        assertThat(newer).isNotDone();
        server.store().folders().create(server.account().id(), Folder.ROOT, "Archive 2026", FolderType.USER_MAIL);
        assertThat(answer(newer)).as("hierarchy changed").isEqualTo(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
    }
}
