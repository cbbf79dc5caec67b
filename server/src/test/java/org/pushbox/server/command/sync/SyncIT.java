package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncRequest;
import org.pushbox.protocol.command.foldersync.FolderSyncResponse;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.command.foldersync.FolderSyncProcessor;
import org.pushbox.server.command.ResponseBatch;
import org.pushbox.server.http.RunningServer;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemContent;

/**
 * Sync over real HTTP: FolderSync, then Sync key 0 -> 1 -> pages of a full Inbox, a bad key, and a
 * contact Add. Every WBXML response is validated against Microsoft's XSDs at the end, in one batch.
 */
class SyncIT {

    static final String WBXML = "application/vnd.ms-sync.wbxml";

    @TempDir
    static Path dataDir;

    static RunningServer server;
    static final ResponseBatch bodies = new ResponseBatch();

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(dataDir, Map.of(), (registry, store, workers, config) -> {
            registry.register(EasCommand.FOLDER_SYNC, new FolderSyncProcessor(store));
            registry.register(EasCommand.SYNC, new SyncProcessor(store, LocalChangeNotifier.attach(store), workers,
                    Clock.systemUTC()));
        });
    }

    @AfterAll
    static void validateEveryResponseAndStop() throws Exception {
        try {
            bodies.assertAllValid(dataDir, "sync-response");
        } finally {
            server.close();
        }
    }

    static WbxmlElement post(String command, String deviceId, ProtocolVersion version, WbxmlElement request)
            throws Exception {
        HttpResponse<byte[]> response = server.client().send(server.request("/Microsoft-Server-ActiveSync?Cmd="
                + command + "&User=anna&DeviceId=" + deviceId + "&DeviceType=iPhone")
                .header("MS-ASProtocolVersion", version.toString()).header("Content-Type", WBXML)
                .POST(BodyPublishers.ofByteArray(Wbxml.encode(request))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        if (response.body().length == 0) {
            return null;
        }
        bodies.add(response.body());
        return Wbxml.decode(response.body());
    }

    static SyncResponse.CollectionResponse sync(String deviceId, ProtocolVersion version, SyncRequest.Collection c)
            throws Exception {
        WbxmlElement root = post("Sync", deviceId, version, SyncCodec.encodeRequest(
                new SyncRequest(List.of(c), null, null, null, false), version));
        SyncResponse response = SyncCodec.decodeResponse(root, version);
        assertThat(response.collections()).hasSize(1);
        return response.collections().get(0);
    }

    static SyncRequest.Collection collection(String key, String folder, Integer window) {
        SyncOptions options = new SyncOptions(null, null, List.of(new BodyPreference(2, 200L, null, null)),
                List.of(), null, null, null, null, null);
        return new SyncRequest.Collection(key, folder, null, null, null, key.equals("0") ? null : true, window, false,
                List.of(options), List.of());
    }

    @Test
    void folderSyncThenInitialSyncPagesThroughTheInbox() throws Exception {
        for (ProtocolVersion version : List.of(ProtocolVersion.V12_1, ProtocolVersion.V14_1, ProtocolVersion.V16_1)) {
            String device = "pages" + version.toString().replace(".", "");
            FolderSyncResponse folders = FolderSyncCodec.decodeResponse(post("FolderSync", device, version,
                    FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), version)), version);
            String inbox = folders.added().stream().filter(f -> f.type().code() == FolderType.INBOX.code())
                    .findFirst().orElseThrow().serverId();
            if (version == ProtocolVersion.V12_1) {
                List<ItemContent> mail = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    mail.add(SyncHarness.mailContent("mail " + i, Instant.now().minusSeconds(i)));
                }
                server.store().items().addAll(Long.parseLong(inbox), mail);
            }
            SyncResponse.CollectionResponse zero = sync(device, version, collection("0", inbox, null));
            assertThat(zero.syncKey()).isEqualTo("1");
            assertThat(zero.commands()).isEmpty();
            Set<String> seen = new HashSet<>();
            String key = zero.syncKey();
            boolean more = true;
            int pages = 0;
            while (more) {
                SyncResponse.CollectionResponse page = sync(device, version, collection(key, inbox, 10));
                assertThat(page.status()).isEqualTo(SyncStatus.SUCCESS);
                page.commands().forEach(c -> assertThat(seen.add(c.serverId())).isTrue());
                more = page.moreAvailable();
                key = page.syncKey();
                pages++;
            }
            assertThat(seen).hasSize(25);
            assertThat(pages).isEqualTo(3);
            assertThat(sync(device, version, collection("77", inbox, 10)).status())
                    .isEqualTo(SyncStatus.INVALID_SYNC_KEY);
        }
    }
}
