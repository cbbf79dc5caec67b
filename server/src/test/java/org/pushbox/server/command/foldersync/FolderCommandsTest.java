package org.pushbox.server.command.foldersync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.foldercreate.FolderCreateCodec;
import org.pushbox.protocol.command.foldercreate.FolderCreateRequest;
import org.pushbox.protocol.command.foldercreate.FolderCreateResponse;
import org.pushbox.protocol.command.folderdelete.FolderDeleteCodec;
import org.pushbox.protocol.command.folderdelete.FolderDeleteRequest;
import org.pushbox.protocol.command.folderdelete.FolderDeleteResponse;
import org.pushbox.protocol.command.foldersync.Folder;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncRequest;
import org.pushbox.protocol.command.foldersync.FolderSyncResponse;
import org.pushbox.protocol.command.foldersync.FolderType;
import org.pushbox.protocol.command.folderupdate.FolderUpdateCodec;
import org.pushbox.protocol.command.folderupdate.FolderUpdateRequest;
import org.pushbox.protocol.command.folderupdate.FolderUpdateResponse;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.command.foldercreate.FolderCreateProcessor;
import org.pushbox.server.command.folderdelete.FolderDeleteProcessor;
import org.pushbox.server.command.folderupdate.FolderUpdateProcessor;

/** FolderSync, FolderCreate, FolderUpdate and FolderDelete against a real H2 store. */
class FolderCommandsTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @TempDir
    Path dir;
    private CommandFixture fx;

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private FolderSyncResponse sync(String device, String key) throws Exception {
        return FolderSyncCodec.decodeResponse(CommandFixture.document(fx.run(new FolderSyncProcessor(fx.store()),
                EasCommand.FOLDER_SYNC, V, device, FolderSyncCodec.encodeRequest(new FolderSyncRequest(key), V))), V);
    }

    private FolderCreateResponse create(String device, String key, String parent, String name, FolderType type)
            throws Exception {
        return FolderCreateCodec.decodeResponse(CommandFixture.document(fx.run(new FolderCreateProcessor(fx.store()),
                EasCommand.FOLDER_CREATE, V, device,
                FolderCreateCodec.encodeRequest(new FolderCreateRequest(key, parent, name, type), V))), V);
    }

    private FolderUpdateResponse update(String device, String key, String id, String parent, String name)
            throws Exception {
        return FolderUpdateCodec.decodeResponse(CommandFixture.document(fx.run(new FolderUpdateProcessor(fx.store()),
                EasCommand.FOLDER_UPDATE, V, device,
                FolderUpdateCodec.encodeRequest(new FolderUpdateRequest(key, id, parent, name), V))), V);
    }

    private FolderDeleteResponse delete(String device, String key, String id) throws Exception {
        return FolderDeleteCodec.decodeResponse(CommandFixture.document(fx.run(new FolderDeleteProcessor(fx.store()),
                EasCommand.FOLDER_DELETE, V, device,
                FolderDeleteCodec.encodeRequest(new FolderDeleteRequest(key, id), V))), V);
    }

    private String serverId(List<Folder> folders, FolderType type) {
        return folders.stream().filter(f -> f.type() == type).findFirst().orElseThrow().serverId();
    }

    @Test
    void initialSyncListsEveryDefaultFolderOnceAtTheRootWithStableIds() throws Exception {
        FolderSyncResponse first = sync("A", "0");
        assertThat(first.status().code()).isEqualTo(1);
        assertThat(first.syncKey()).isEqualTo("1");
        assertThat(first.added()).extracting(Folder::type).contains(FolderType.DEFAULT_INBOX,
                FolderType.DEFAULT_DRAFTS, FolderType.DEFAULT_DELETED_ITEMS, FolderType.DEFAULT_SENT_ITEMS,
                FolderType.DEFAULT_OUTBOX, FolderType.DEFAULT_TASKS, FolderType.DEFAULT_CALENDAR,
                FolderType.DEFAULT_CONTACTS).doesNotHaveDuplicates();
        assertThat(first.added()).allSatisfy(f -> assertThat(f.parentId()).isEqualTo("0"));
        assertThat(sync("A", "0").added()).isEqualTo(first.added());
    }

    @Test
    void unchangedHierarchyKeepsTheKeyWithCountZero() throws Exception {
        sync("A", "0");
        FolderSyncResponse again = sync("A", "1");
        assertThat(again.syncKey()).isEqualTo("1");
        assertThat(again.count()).isZero();
    }

    @Test
    void unknownOrForeignKeysAreStatus9() throws Exception {
        sync("A", "0");
        assertThat(sync("A", "7").status().code()).isEqualTo(9);
        assertThat(sync("A", "abc").status().code()).isEqualTo(9);
        assertThat(sync("B", "1").status().code()).isEqualTo(9);
    }

    @Test
    void aFolderCreatedByOneDeviceReachesTheOtherExactlyOnceAndNotItsCreator() throws Exception {
        List<Folder> all = sync("A", "0").added();
        sync("B", "0");
        FolderCreateResponse created = create("A", "1", serverId(all, FolderType.DEFAULT_INBOX), "Projects",
                FolderType.USER_CREATED_MAIL);
        assertThat(created.status().code()).isEqualTo(1);
        assertThat(created.syncKey()).isEqualTo("2");

        FolderSyncResponse forB = sync("B", "1");
        assertThat(forB.added()).containsExactly(new Folder(created.serverId(), serverId(all,
                FolderType.DEFAULT_INBOX), "Projects", FolderType.USER_CREATED_MAIL));
        assertThat(sync("B", forB.syncKey()).count()).isZero();
        assertThat(sync("A", "2").count()).isZero();
    }

    @Test
    void aRepeatedPreviousKeyGetsTheSameAnswerAgain() throws Exception {
        sync("A", "0");
        fx.store().folders().create(fx.account().id(), 0, "Archive", org.pushbox.storage.api.FolderType.USER_MAIL);
        FolderSyncResponse lost = sync("A", "1");
        FolderSyncResponse retried = sync("A", "1");
        assertThat(retried).isEqualTo(lost);
        assertThat(retried.added()).extracting(Folder::displayName).containsExactly("Archive");
        assertThat(sync("A", retried.syncKey()).count()).isZero();
    }

    @Test
    void serverSideRenameMoveAndDeleteArriveAsUpdateAndDelete() throws Exception {
        sync("A", "0");
        long accountId = fx.account().id();
        var folders = fx.store().folders();
        var a = folders.create(accountId, 0, "A1", org.pushbox.storage.api.FolderType.USER_MAIL);
        var b = folders.create(accountId, 0, "B1", org.pushbox.storage.api.FolderType.USER_MAIL);
        FolderSyncResponse adds = sync("A", "1");
        assertThat(adds.added()).hasSize(2);
        folders.rename(a.id(), "A2");
        folders.delete(b.id());
        FolderSyncResponse changes = sync("A", adds.syncKey());
        assertThat(changes.updated()).extracting(Folder::displayName).containsExactly("A2");
        assertThat(changes.deleted()).containsExactly(Long.toString(b.id()));
        assertThat(changes.added()).isEmpty();
    }

    @Test
    void createStatuses() throws Exception {
        List<Folder> all = sync("A", "0").added();
        assertThat(create("A", "5", "0", "X", FolderType.USER_CREATED_MAIL).status().code()).isEqualTo(9);
        assertThat(create("A", "1", "99999", "X", FolderType.USER_CREATED_MAIL).status().code()).isEqualTo(5);
        assertThat(create("A", "1", "0", "X", FolderType.DEFAULT_INBOX).status().code()).isEqualTo(10);
        FolderCreateResponse ok = create("A", "1", "0", "X", FolderType.USER_CREATED_GENERIC);
        assertThat(ok.status().code()).isEqualTo(1);
        FolderCreateResponse again = create("A", ok.syncKey(), "0", "x", FolderType.USER_CREATED_MAIL);
        assertThat(again.status().code()).isEqualTo(2);
        assertThat(again.syncKey()).isNull();
        assertThat(again.serverId()).isNull();
        assertThat(serverId(all, FolderType.DEFAULT_INBOX)).isNotEmpty();
    }

    @Test
    void displayNamesOf256CharactersAreKeptAnd257AreMalformed() throws Exception {
        sync("A", "0");
        String longest = "\u00c4".repeat(255) + "\u0130"; // U+0130: a key longer than the name
        FolderCreateResponse created = create("A", "1", "0", longest, FolderType.USER_CREATED_MAIL);
        assertThat(created.status().code()).isEqualTo(1);
        assertThat(fx.store().folders().get(Long.parseLong(created.serverId())).orElseThrow().displayName())
                .isEqualTo(longest);
        assertThat(sync("B", "0").added()).extracting(Folder::displayName).contains(longest);
        String key = created.syncKey();
        assertThat(create("A", key, "0", "x".repeat(257), FolderType.USER_CREATED_MAIL).status().code()).isEqualTo(10);
        assertThat(update("A", key, created.serverId(), "0", "y".repeat(257)).status().code()).isEqualTo(10);
        FolderUpdateResponse renamed = update("A", key, created.serverId(), "0", "y".repeat(256));
        assertThat(renamed.status().code()).isEqualTo(1);
        assertThat(fx.store().folders().get(Long.parseLong(created.serverId())).orElseThrow().displayName())
                .isEqualTo("y".repeat(256));
    }

    @Test
    void updateAndDeleteStatuses() throws Exception {
        List<Folder> all = sync("A", "0").added();
        String inbox = serverId(all, FolderType.DEFAULT_INBOX);
        FolderCreateResponse x = create("A", "1", "0", "X", FolderType.USER_CREATED_MAIL);
        FolderCreateResponse y = create("A", x.syncKey(), "0", "Y", FolderType.USER_CREATED_MAIL);
        String key = y.syncKey();
        assertThat(update("A", key, inbox, "0", "Post").status().code()).isEqualTo(2);
        assertThat(update("A", key, "424242", "0", "Z").status().code()).isEqualTo(4);
        assertThat(update("A", key, x.serverId(), "424242", "Z").status().code()).isEqualTo(5);
        assertThat(update("A", key, x.serverId(), "0", "Y").status().code()).isEqualTo(2);
        assertThat(update("A", "1", x.serverId(), "0", "Z").status().code()).isEqualTo(9);
        FolderUpdateResponse moved = update("A", key, x.serverId(), y.serverId(), "Z");
        assertThat(moved.status().code()).isEqualTo(1);

        assertThat(delete("A", moved.syncKey(), inbox).status().code()).isEqualTo(3);
        assertThat(delete("A", moved.syncKey(), "424242").status().code()).isEqualTo(4);
        FolderDeleteResponse deleted = delete("A", moved.syncKey(), y.serverId());
        assertThat(deleted.status().code()).isEqualTo(1);
        assertThat(deleted.syncKey()).isNotEqualTo(moved.syncKey());
        assertThat(sync("A", deleted.syncKey()).count()).as("own changes are not echoed").isZero();
        assertThat(fx.store().folders().get(Long.parseLong(x.serverId()))).as("subfolder deleted too").isEmpty();
    }

    @Test
    void anotherDevicesChangesStillArriveAfterOwnChangeWhileBehind() throws Exception {
        sync("A", "0");
        sync("B", "0");
        FolderCreateResponse byB = create("B", "1", "0", "FromB", FolderType.USER_CREATED_MAIL);
        FolderCreateResponse byA = create("A", "1", "0", "FromA", FolderType.USER_CREATED_MAIL);
        FolderSyncResponse forA = sync("A", byA.syncKey());
        assertThat(forA.added()).extracting(Folder::serverId).containsExactly(byB.serverId());
        assertThat(forA.deleted()).isEmpty();
    }
}
