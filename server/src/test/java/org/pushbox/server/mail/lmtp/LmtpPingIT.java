package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.ping.PingCodec;
import org.pushbox.protocol.command.ping.PingRequest;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.ping.PingLimits;
import org.pushbox.server.command.ping.PingProcessor;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.server.http.RunningServer;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * The whole path of new mail: the server started as {@code pushbox serve} starts it (with
 * {@code lmtp.enabled}), a phone's Ping held over HTTP, a message delivered over LMTP, and the Ping answering
 * with the Inbox, woken by the store's commit alone.
 */
class LmtpPingIT {

    static final ProtocolVersion VERSION = ProtocolVersion.V14_1;
    static final String WBXML = "application/vnd.ms-sync.wbxml";

    @TempDir
    Path dir;

    @Test
    void mailDeliveredOverLmtpWakesAHeldPing() throws Exception {
        Map<String, String> settings = RunningServer.testSettings(dir);
        settings.put("lmtp.enabled", "true");
        settings.put("lmtp.port", "0");
        PushboxConfig config = ConfigLoader.fromValues(settings, "test");
        Files.createDirectories(config.dataDir());
        LocalChangeNotifier[] notifier = new LocalChangeNotifier[1];
        try (MailboxStore store = MailboxStore.open(StoreSettings.of(config))) {
            Account anna = store.accounts().create(new NewAccount(RunningServer.LOGIN, RunningServer.PASSWORD, "Anna",
                    List.of(RunningServer.ADDRESS), PropertyMap.EMPTY));
            Folder inbox = store.folders().findByType(anna.id(), FolderType.INBOX).orElseThrow();
            synced(store, anna, "lmtpphone", inbox);
            try (PushboxRuntime runtime = PushboxRuntime.start(config, store, (registry, s, workers, c) -> {
                notifier[0] = LocalChangeNotifier.attach(s);
                registry.register(EasCommand.PING, new PingProcessor(s, notifier[0], PingLimits.of(c)));
            })) {
                CompletableFuture<HttpResponse<byte[]>> held = ping(runtime, "lmtpphone", inbox);
                awaitHeld(notifier[0]);
                assertThat(held).as("nothing to report yet").isNotDone();

                try (LmtpClient lmtp = new LmtpClient(runtime.lmtp().orElseThrow().localAddress())) {
                    assertThat(lmtp.reply()).startsWith("220 ");
                    lmtp.send("LHLO mta.test\nMAIL FROM:<s@example.net>\nRCPT TO:<" + RunningServer.ADDRESS + ">\nDATA\n");
                    assertThat(lmtp.replies(4).get(3)).startsWith("354");
                    lmtp.send("Subject: wake up\nFrom: s@example.net\n\nnew mail\n.\n");
                    assertThat(lmtp.reply()).startsWith("250 2.1.5");
                }

                HttpResponse<byte[]> response = held.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(PingCodec.decodeResponse(Wbxml.decode(response.body()), VERSION))
                        .isEqualTo(PingResponse.changes(List.of(Long.toString(inbox.id()))));
            }
        }
    }

    /** The device state FolderSync and Sync would leave: it knows the folders and has synced the Inbox. */
    static void synced(MailboxStore store, Account account, String deviceId, Folder inbox) {
        Device device = store.devices().register(account.id(), deviceId,
                DeviceInfo.of("SAMSUNGGTI9100", "SAMSUNG-GT-I9100/101.403"));
        Set<Long> folders = new HashSet<>();
        store.folders().list(account.id()).forEach(f -> folders.add(f.id()));
        store.syncStates().saveHierarchy(new HierarchyState(device.id(), 1,
                store.journal().hierarchyModseq(account.id()), folders));
        store.syncStates().saveCollection(CollectionState.of(device.id(), inbox.id(), 1,
                store.journal().folderModseq(inbox.id()), null, PropertyMap.EMPTY), List.of(), List.of());
    }

    static CompletableFuture<HttpResponse<byte[]>> ping(PushboxRuntime runtime, String deviceId, Folder inbox) {
        byte[] body = Wbxml.encode(PingCodec.encodeRequest(new PingRequest(900,
                List.of(new PingRequest.Folder(Long.toString(inbox.id()), ItemClass.EMAIL))), VERSION));
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(runtime.boundUrl()
                        + "/Microsoft-Server-ActiveSync?Cmd=Ping&User=anna&DeviceId=" + deviceId
                        + "&DeviceType=SAMSUNGGTI9100"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", RunningServer.basic(RunningServer.LOGIN, RunningServer.PASSWORD))
                .header("MS-ASProtocolVersion", VERSION.toString()).header("Content-Type", WBXML)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Waits (generously) until the Ping is held, so the delivery hits a held one. */
    static void awaitHeld(LocalChangeNotifier notifier) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (notifier.waiting() != 1 && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(notifier.waiting()).as("held Pings").isEqualTo(1);
    }
}
