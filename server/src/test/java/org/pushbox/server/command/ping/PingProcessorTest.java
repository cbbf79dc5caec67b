package org.pushbox.server.command.ping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.ping.PingDevice.ping;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.ping.PingCodec;
import org.pushbox.protocol.command.ping.PingRequest;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.command.ping.PingStatus;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.server.push.PushTimer;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.DeviceWatch;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** The Ping processor on a real H2 store and the real notifier; no HTTP. */
class PingProcessorTest {

    static final PingLimits LIMITS = new PingLimits(1, 3540, 3);
    static final ProtocolVersion V14_1 = ProtocolVersion.V14_1;

    @TempDir
    Path dir;

    MailboxStore store;
    LocalChangeNotifier notifier;
    PingProcessor processor;
    Account anna;
    PingDevice phone;
    Folder inbox;
    Folder calendar;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        notifier = LocalChangeNotifier.attach(store);
        processor = new PingProcessor(store, notifier, LIMITS);
        anna = store.accounts().create(new NewAccount("anna", "pw-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
        phone = PingDevice.register(store, anna.id(), "GS2-0001");
        inbox = phone.folder(FolderType.INBOX);
        calendar = phone.folder(FolderType.CALENDAR);
    }

    @AfterEach
    void close() {
        store.close();
    }

    CompletableFuture<CommandResponse> send(PingDevice device, PingRequest request, ProtocolVersion version,
            CompletableFuture<Void> connectionClosed) throws Exception {
        RequestBody body = request == null ? new RequestBody.None()
                : new RequestBody.Wbxml(Wbxml.decode(Wbxml.encode(PingCodec.encodeRequest(request, version))));
        EasRequest line = EasRequest.builder(EasCommand.PING, version, device.device().deviceId(), "SAMSUNGGTI9100")
                .build();
        CommandContext context = new CommandContext(line, anna, device.device(), body, RequestHeaders.empty(),
                connectionClosed);
        return processor.process(context).toCompletableFuture();
    }

    CompletableFuture<CommandResponse> send(PingRequest request) throws Exception {
        return send(phone, request, V14_1, new CompletableFuture<>());
    }

    static PingResponse answer(CompletableFuture<CommandResponse> pending, ProtocolVersion version) throws Exception {
        CommandResponse response = pending.get(30, TimeUnit.SECONDS);
        assertThat(response.kind()).isEqualTo(CommandResponse.Kind.WBXML);
        return PingCodec.decodeResponse(Wbxml.decode(Wbxml.encode(response.document())), version);
    }

    static PingResponse answer(CompletableFuture<CommandResponse> pending) throws Exception {
        return answer(pending, V14_1);
    }

    @Test
    void firstPingWithoutParametersIsStatus3() throws Exception {
        assertThat(answer(send(null))).isEqualTo(PingResponse.of(PingStatus.MISSING_PARAMETERS));
        assertThat(answer(send(ping(null, inbox)))).isEqualTo(PingResponse.of(PingStatus.MISSING_PARAMETERS));
        assertThat(answer(send(ping(60)))).isEqualTo(PingResponse.of(PingStatus.MISSING_PARAMETERS));
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void heartbeatOutsideTheLimitsIsStatus5WithTheNearestLimit() throws Exception {
        phone.folderSynced().synced(inbox);
        assertThat(answer(send(ping(0, inbox)))).isEqualTo(PingResponse.heartbeatOutOfRange(1));
        assertThat(answer(send(ping(3541, inbox)))).isEqualTo(PingResponse.heartbeatOutOfRange(3540));
        assertThat(store.devices().watch(phone.device().id())).isEmpty();
    }

    @Test
    void tooManyFoldersIsStatus6WithMaxFolders() throws Exception {
        phone.folderSynced();
        Folder[] four = store.folders().list(anna.id()).subList(0, 4).toArray(Folder[]::new);
        assertThat(answer(send(ping(60, four)))).isEqualTo(PingResponse.tooManyFolders(3));
    }

    @Test
    void malformedRequestIsStatus4() throws Exception {
        WbxmlElement emptyFolders = WbxmlElement.of(CodePages.require("Ping", "Ping"),
                WbxmlElement.of(CodePages.require("Ping", "Folders"), List.of()));
        EasRequest line = EasRequest.builder(EasCommand.PING, V14_1, "GS2-0001", "SAMSUNGGTI9100").build();
        CommandContext context = new CommandContext(line, anna, phone.device(), new RequestBody.Wbxml(emptyFolders),
                RequestHeaders.empty(), new CompletableFuture<>());
        assertThat(answer(processor.process(context).toCompletableFuture()))
                .isEqualTo(PingResponse.of(PingStatus.SYNTAX_ERROR));
    }

    @Test
    void folderTheDeviceCannotSyncOrAStaleHierarchyIsStatus7() throws Exception {
        PingResponse seven = PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED);
        assertThat(answer(send(ping(60, inbox)))).as("no FolderSync yet").isEqualTo(seven);
        phone.folderSynced();
        assertThat(answer(send(ping(60, inbox)))).as("folder never synced").isEqualTo(seven);
        phone.synced(inbox);
        for (String id : List.of("abc", "-1", "0", "99999999", "99999999999999999999", "9223372036854775808", "0" + inbox.id(), "+" + inbox.id(), "")) {
            PingRequest request = new PingRequest(60, List.of(new PingRequest.Folder(id, ItemClass.EMAIL)));
            assertThat(answer(send(request))).as("folder id '%s'", id).isEqualTo(seven);
        }
        Account bob = store.accounts().create(new NewAccount("bob", "pw-2", "Bob", List.of("bob@example.org"),
                PropertyMap.EMPTY));
        Folder bobsInbox = store.folders().findByType(bob.id(), FolderType.INBOX).orElseThrow();
        assertThat(answer(send(ping(60, bobsInbox)))).as("another account's folder").isEqualTo(seven);
        store.folders().create(anna.id(), Folder.ROOT, "Receipts", FolderType.USER_MAIL);
        assertThat(answer(send(ping(60, inbox)))).as("hierarchy changed since FolderSync").isEqualTo(seven);
        phone.folderSynced();
        assertThat(notifier.waiting()).isZero();
        CompletableFuture<CommandResponse> held = send(ping(60, inbox));
        assertThat(held).isNotDone();
        held.cancel(false);
    }

    @Test
    void changesTheDeviceHasNotSyncedAnswerAtOnce() throws Exception {
        phone.folderSynced().synced(inbox).synced(calendar);
        phone.deliver(inbox, "while the phone was away");
        assertThat(answer(send(ping(60, inbox, calendar))))
                .isEqualTo(PingResponse.changes(List.of(Long.toString(inbox.id()))));
        assertThat(notifier.waiting()).isZero();
        assertThat(store.devices().watch(phone.device().id())).as("a Ping answered at once is kept for empty Pings")
                .contains(new DeviceWatch(60, Set.of(inbox.id(), calendar.id())));
        phone.synced(inbox);
        CompletableFuture<CommandResponse> held = send(null);
        assertThat(held).as("everything synced: the empty Ping waits on the same folders").isNotDone();
        held.cancel(false);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V12_1", "V14_0", "V14_1", "V16_0", "V16_1"})
    void aHeldPingIsAnsweredWithTheFolderAChangeIsCommittedTo(ProtocolVersion version) throws Exception {
        phone.folderSynced().synced(inbox).synced(calendar);
        CompletableFuture<CommandResponse> held = send(phone, ping(600, inbox, calendar), version,
                new CompletableFuture<>());
        assertThat(held).isNotDone();
        assertThat(notifier.waiting()).isEqualTo(1);
        phone.deliver(inbox, "hello");
        assertThat(answer(held, version)).isEqualTo(PingResponse.changes(List.of(Long.toString(inbox.id()))));
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void aHierarchyChangeEndsAHeldPingWithStatus7() throws Exception {
        phone.folderSynced().synced(inbox);
        CompletableFuture<CommandResponse> held = send(ping(600, inbox));
        store.folders().create(anna.id(), Folder.ROOT, "Projects", FolderType.USER_MAIL);
        assertThat(answer(held)).isEqualTo(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
    }

    @Test
    void theHeartbeatEndsAQuietPingWithStatus1() throws Exception {
        phone.folderSynced().synced(inbox);
        phone.deliver(calendar, "not watched");
        assertThat(answer(send(ping(1, inbox)))).isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        assertThat(notifier.waiting()).isZero();
    }

    @Test
    void anEmptyPingReusesTheSavedWatchAlsoAfterARestart() throws Exception {
        phone.folderSynced().synced(inbox).synced(calendar);
        CompletableFuture<CommandResponse> first = send(ping(480, inbox, calendar));
        assertThat(store.devices().watch(phone.device().id()))
                .contains(new DeviceWatch(480, Set.of(inbox.id(), calendar.id())));
        first.cancel(false);
        store.close();

        store = MailboxStore.open(StorageConfig.embedded(dir));
        notifier = LocalChangeNotifier.attach(store);
        processor = new PingProcessor(store, notifier, LIMITS);
        phone = new PingDevice(store, anna.id(), phone.device());
        CompletableFuture<CommandResponse> empty = send(null);
        assertThat(empty).as("held with the saved folders").isNotDone();
        phone.deliver(calendar, "meeting");
        assertThat(answer(empty)).isEqualTo(PingResponse.changes(List.of(Long.toString(calendar.id()))));
        phone.synced(calendar);

        CompletableFuture<CommandResponse> onlyHeartbeat = send(ping(1));
        assertThat(answer(onlyHeartbeat)).isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        assertThat(store.devices().watch(phone.device().id()))
                .contains(new DeviceWatch(1, Set.of(inbox.id(), calendar.id())));
    }

    @Test
    void aNewerPingOfTheSameDeviceEndsTheOlderWithStatus1() throws Exception {
        phone.folderSynced().synced(inbox);
        PingDevice tablet = PingDevice.register(store, anna.id(), "iPad-0002").folderSynced().synced(inbox);
        CompletableFuture<CommandResponse> older = send(ping(600, inbox));
        CompletableFuture<CommandResponse> otherDevice = send(tablet, ping(600, inbox), V14_1,
                new CompletableFuture<>());
        CompletableFuture<CommandResponse> newer = send(ping(600, inbox));
        assertThat(answer(older)).isEqualTo(PingResponse.of(PingStatus.NO_CHANGES));
        assertThat(newer).isNotDone();
        assertThat(otherDevice).isNotDone();
        assertThat(notifier.waiting()).isEqualTo(2);
        phone.deliver(inbox, "for both devices");
        assertThat(answer(newer).status()).isEqualTo(PingStatus.CHANGES);
        assertThat(answer(otherDevice).status()).isEqualTo(PingStatus.CHANGES);
    }

    @Test
    void aClosedConnectionReleasesTheWaiterAtOnce() throws Exception {
        phone.folderSynced().synced(inbox);
        CompletableFuture<Void> connection = new CompletableFuture<>();
        CompletableFuture<CommandResponse> held = send(phone, ping(600, inbox), V14_1, connection);
        assertThat(notifier.waiting()).isEqualTo(1);
        connection.complete(null);
        assertThat(notifier.waiting()).isZero();
        assertThat(answer(held).status()).isEqualTo(PingStatus.NO_CHANGES);
    }

    @Test
    void theProcessUsesTheSharedTimer() {
        assertThat(PushTimer.shared()).isSameAs(PushTimer.shared());
    }
}
