package org.pushbox.server.command.moveitems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.moveitems.MoveItemsCodec;
import org.pushbox.protocol.command.moveitems.MoveItemsRequest;
import org.pushbox.protocol.command.moveitems.MoveItemsResponse;
import org.pushbox.protocol.command.moveitems.MoveItemsStatus;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.command.sync.SyncProcessor;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;

/** MoveItems against a real H2 store, checked through what another device's Sync then reports. */
class MoveItemsProcessorTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @TempDir
    Path dir;
    private CommandFixture fx;
    private SyncProcessor sync;
    private Folder inbox;
    private Folder archive;

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir);
        sync = new SyncProcessor(fx.store(), LocalChangeNotifier.attach(fx.store()), Runnable::run,
                Clock.systemUTC());
        long account = fx.account().id();
        inbox = fx.store().folders().findByType(account, FolderType.INBOX).orElseThrow();
        archive = fx.store().folders().create(account, Folder.ROOT, "Archive", FolderType.USER_MAIL);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Item mail(Folder folder, String subject) {
        PropertyMap p = PropertyMap.builder().text(EmailProperty.SUBJECT, subject)
                .text(EmailProperty.FROM, "alice@example.org").time(EmailProperty.DATE_RECEIVED, Instant.now())
                .text(EmailProperty.BODY, "Hello").integer(EmailProperty.BODY_TYPE, 1).build();
        return fx.store().items().add(folder.id(), new ItemContent(ItemClass.EMAIL, p, null, "Hello", List.of()));
    }

    private MoveItemsResponse move(MoveItemsRequest.Move... moves) throws Exception {
        return MoveItemsCodec.decodeResponse(CommandFixture.document(fx.run(new MoveItemsProcessor(fx.store()),
                EasCommand.MOVE_ITEMS, V, "MOVER", MoveItemsCodec.encodeRequest(new MoveItemsRequest(List.of(moves)),
                        V))), V);
    }

    private static MoveItemsRequest.Move m(long item, Folder from, Folder to) {
        return new MoveItemsRequest.Move(Long.toString(item), Long.toString(from.id()), Long.toString(to.id()));
    }

    private SyncResponse.CollectionResponse sync(String device, String key, Folder folder) throws Exception {
        SyncRequest.Collection c = new SyncRequest.Collection(key, Long.toString(folder.id()), null, null, null,
                key.equals("0") ? null : true, null, false, List.of(), List.of());
        SyncRequest request = new SyncRequest(List.of(c), null, null, null, false);
        SyncResponse r = SyncCodec.decodeResponse(CommandFixture.document(fx.run(sync, EasCommand.SYNC, V, device,
                SyncCodec.encodeRequest(request, V))), V);
        return r.collections().get(0);
    }

    /** Syncs the folder to its current state and returns the key. */
    private String syncedKey(String device, Folder folder) throws Exception {
        String key = sync(device, "0", folder).syncKey();
        return sync(device, key, folder).syncKey();
    }

    @Test
    void movedItemLeavesSourceAndArrivesInDestinationForAnotherDevice() throws Exception {
        Item item = mail(inbox, "to archive");
        String inboxKey = syncedKey("OTHER", inbox);
        String archiveKey = syncedKey("OTHER", archive);

        MoveItemsResponse response = move(m(item.id(), inbox, archive));

        assertThat(response.responses()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(MoveItemsStatus.SUCCESS);
            assertThat(r.srcMsgId()).isEqualTo(Long.toString(item.id()));
            assertThat(r.dstMsgId()).isNotNull();
        });
        String newId = response.responses().get(0).dstMsgId();
        assertThat(fx.store().items().get(Long.parseLong(newId)).orElseThrow().folderId()).isEqualTo(archive.id());
        assertThat(sync("OTHER", inboxKey, inbox).commands())
                .containsExactly(new SyncResponse.Delete(null, Long.toString(item.id())));
        assertThat(sync("OTHER", archiveKey, archive).commands()).singleElement()
                .isInstanceOfSatisfying(SyncResponse.Add.class, a -> assertThat(a.serverId()).isEqualTo(newId));
    }

    @Test
    void eachMoveGetsItsOwnStatusInRequestOrder() throws Exception {
        Item a = mail(inbox, "a");
        Item b = mail(inbox, "b");
        Folder contacts = fx.store().folders().findByType(fx.account().id(), FolderType.CONTACTS).orElseThrow();

        MoveItemsResponse response = move(
                m(a.id(), archive, inbox),                                            // not in that folder
                new MoveItemsRequest.Move("x1", Long.toString(inbox.id()), Long.toString(archive.id())),
                new MoveItemsRequest.Move(Long.toString(a.id()), "999999", Long.toString(archive.id())),
                new MoveItemsRequest.Move(Long.toString(a.id()), Long.toString(inbox.id()), "999999"),
                m(a.id(), inbox, inbox),
                m(a.id(), inbox, contacts),                                           // mail cannot go there
                m(b.id(), inbox, archive));

        assertThat(response.responses()).extracting(MoveItemsResponse.Response::status).containsExactly(
                MoveItemsStatus.INVALID_SOURCE, MoveItemsStatus.INVALID_SOURCE, MoveItemsStatus.INVALID_SOURCE,
                MoveItemsStatus.INVALID_DESTINATION, MoveItemsStatus.SAME_SOURCE_AND_DESTINATION,
                MoveItemsStatus.FAILURE, MoveItemsStatus.SUCCESS);
        assertThat(response.responses().subList(0, 6)).allSatisfy(r -> assertThat(r.dstMsgId()).isNull());
        assertThat(fx.store().items().get(a.id()).orElseThrow().folderId()).isEqualTo(inbox.id());
        assertThat(fx.store().items().get(b.id()).orElseThrow().folderId()).isEqualTo(archive.id());
    }

    @Test
    void anotherAccountsFolderIsNotADestination() throws Exception {
        Item a = mail(inbox, "a");
        long other = fx.store().accounts().create(new org.pushbox.storage.api.NewAccount("eve", "pw-123456", "Eve",
                List.of("eve@example.org"), PropertyMap.EMPTY)).id();
        Folder eveInbox = fx.store().folders().findByType(other, FolderType.INBOX).orElseThrow();

        assertThat(move(m(a.id(), inbox, eveInbox)).responses().get(0).status())
                .isEqualTo(MoveItemsStatus.INVALID_DESTINATION);
        assertThat(fx.store().items().get(a.id()).orElseThrow().folderId()).isEqualTo(inbox.id());
    }

    @Test
    void aDocumentThatIsNotMoveItemsIsStatus103() throws Exception {
        MoveItemsResponse response = MoveItemsCodec.decodeResponse(CommandFixture.document(fx.run(
                new MoveItemsProcessor(fx.store()), EasCommand.MOVE_ITEMS, V, "MOVER",
                SyncCodec.encodeRequest(new SyncRequest(List.of(), null, null, null, false), V))), V);
        assertThat(response.status().code()).isEqualTo(CommonStatus.INVALID_XML.code());
        assertThat(response.responses()).isEmpty();
    }
}
