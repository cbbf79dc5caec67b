package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.sync.SyncHarness.collection;
import static org.pushbox.server.command.sync.SyncHarness.only;
import static org.pushbox.server.command.sync.SyncHarness.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.EncodeOptions;
import org.pushbox.protocol.model.Email;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.storage.api.ContactProperty;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;

/** The Sync processor on a real H2 store; requests and responses go through the WBXML codec. */
class SyncProcessorTest extends SyncStoreFixture {

    static Set<String> adds(List<SyncResponse.ServerCommand> commands) {
        Set<String> ids = new HashSet<>();
        for (SyncResponse.ServerCommand c : commands) {
            if (c instanceof SyncResponse.Add) {
                assertThat(ids.add(c.serverId())).as("added twice: " + c.serverId()).isTrue();
            }
        }
        return ids;
    }

    static Email email(ApplicationData data) throws Exception {
        return Email.decode(data.element(), SyncHarness.V14_1);
    }

    @Test
    void keyZeroGivesKeyOneWithoutItemsAndTheNextSyncBringsThem() throws Exception {
        Item hello = h.mail(inbox, "Hello", h.now);
        SyncResponse.CollectionResponse first = only(h.sync(request(collection("0", inbox, null, null))));
        assertThat(first.syncKey()).isEqualTo("1");
        assertThat(first.status()).isEqualTo(SyncStatus.SUCCESS);
        assertThat(first.commands()).isEmpty();

        SyncResponse.CollectionResponse second = only(h.sync(request(collection("1", inbox, null, null))));
        assertThat(second.syncKey()).isEqualTo("2");
        assertThat(second.commands()).hasSize(1);
        SyncResponse.Add add = (SyncResponse.Add) second.commands().get(0);
        assertThat(add.serverId()).isEqualTo(Long.toString(hello.id()));
        Email mail = email(add.data());
        assertThat(mail.get(Email.SUBJECT)).isEqualTo("Hello");
        assertThat(mail.get(Email.READ)).isFalse();
        assertThat(mail.get(Email.BODY).get(Body.DATA)).isEqualTo("Hello Hello");

        // Nothing new: no response at all, and the key stays usable.
        assertThat(h.send(request(collection("2", inbox, null, null)), SyncHarness.V14_1).kind())
                .isEqualTo(org.pushbox.server.http.CommandResponse.Kind.EMPTY);
    }

    @Test
    void unknownOrMalformedKeysGetStatus3AndUnknownFolders12() throws Exception {
        only(h.sync(request(collection("0", inbox, null, null))));
        for (String key : List.of("7", "abc", "-1", "99999999999999999999")) {
            SyncResponse.CollectionResponse c = only(h.sync(request(collection(key, inbox, null, null))));
            assertThat(c.status()).as(key).isEqualTo(SyncStatus.INVALID_SYNC_KEY);
            assertThat(c.syncKey()).isNull();
        }
        SyncRequest.Collection ghost = new SyncRequest.Collection("1", "424242", null, null, null, null, null, false,
                List.of(), List.of());
        assertThat(only(h.sync(request(ghost))).status()).isEqualTo(SyncStatus.FOLDER_HIERARCHY_CHANGED);
        SyncResponse.CollectionResponse bad = only(h.sync(request(collection("0", inbox, null, null,
                new SyncRequest.Delete(null, "1", null)))));
        assertThat(bad.status()).isEqualTo(SyncStatus.PROTOCOL_ERROR);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 512})
    void pagingThroughAThousandItemsDeliversEachExactlyOnce(int window) throws Exception {
        List<ItemContent> contents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            contents.add(SyncHarness.mailContent("m" + i, h.now.minusSeconds(i)));
        }
        store.items().addAll(inbox.id(), contents);
        List<SyncResponse.ServerCommand> all = h.fullSync(inbox, window, null);
        Set<String> ids = adds(all);
        assertThat(ids).hasSize(1000);
        Set<String> stored = new HashSet<>();
        store.items().ids(inbox.id(), ItemFilter.ALL).forEach(id -> stored.add(Long.toString(id)));
        assertThat(ids).isEqualTo(stored);
        assertThat(store.syncStates().heldItems(h.phone.id(), inbox.id(), Long.parseLong(h.lastKey))).hasSize(1000);
    }

    @Test
    void windowSizeAbove512IsCappedAndTheGlobalWindowIsShared() throws Exception {
        List<ItemContent> contents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            contents.add(SyncHarness.mailContent("m" + i, h.now));
        }
        store.items().addAll(inbox.id(), contents);
        Folder sent = h.folder(FolderType.SENT_ITEMS);
        h.mail(sent, "sent", h.now);
        only(h.sync(request(collection("0", inbox, null, null))));
        h.sync(request(collection("0", sent, null, null)));
        SyncResponse.CollectionResponse big = only(h.sync(request(collection("1", inbox, 1000, null))));
        assertThat(big.commands()).hasSize(512);
        assertThat(big.moreAvailable()).isTrue();
        // Global WindowSize 100: inbox takes it all, Sent Items gets no room and says MoreAvailable.
        SyncResponse both = h.sync(new SyncRequest(List.of(collection("2", inbox, 512, null),
                collection("1", sent, 512, null)), null, null, 100, false));
        assertThat(both.collections().get(0).commands()).hasSize(88);
        assertThat(both.collections().get(1).commands()).hasSize(1);
    }

    @Test
    void repeatingThePreviousKeyGetsTheIdenticalResponse() throws Exception {
        for (int i = 0; i < 30; i++) {
            h.mail(inbox, "m" + i, h.now);
        }
        only(h.sync(request(collection("0", inbox, null, null))));
        SyncResponse.CollectionResponse page1 = only(h.sync(request(collection("1", inbox, 10, null))));
        SyncResponse.CollectionResponse page2 = only(h.sync(request(collection("2", inbox, 10, null))));
        // The answer to key 2 was lost: the device repeats key 2 and gets the same items and key.
        SyncResponse.CollectionResponse again = only(h.sync(request(collection("2", inbox, 10, null))));
        assertThat(again).isEqualTo(page2);
        assertThat(page1.commands()).doesNotContainAnyElementsOf(page2.commands());
        // And key 1 is no longer valid once key 3 was used.
        only(h.sync(request(collection("3", inbox, 10, null))));
        assertThat(only(h.sync(request(collection("1", inbox, 10, null)))).status())
                .isEqualTo(SyncStatus.INVALID_SYNC_KEY);
    }

    @Test
    void journalChangesBecomeAddChangeAndDelete() throws Exception {
        Item a = h.mail(inbox, "a", h.now);
        Item b = h.mail(inbox, "b", h.now);
        h.fullSync(inbox, null, null);
        String key = h.lastKey;
        Item c = h.mail(inbox, "c", h.now);
        store.items().update(a.id(), org.pushbox.storage.api.PropertyMap.builder().bool(EmailProperty.READ, true)
                .build(), Set.of());
        store.items().delete(b.id());
        SyncResponse.CollectionResponse r = only(h.sync(request(collection(key, inbox, null, null))));
        assertThat(r.commands()).hasSize(3);
        SyncResponse.Change flag = (SyncResponse.Change) r.commands().stream()
                .filter(x -> x instanceof SyncResponse.Change).findFirst().orElseThrow();
        assertThat(flag.serverId()).isEqualTo(Long.toString(a.id()));
        Email flags = email(flag.data());
        assertThat(flags.get(Email.READ)).isTrue();
        assertThat(flags.has(Email.BODY)).as("a flag change carries no body").isFalse();
        assertThat(r.commands()).contains(new SyncResponse.Delete(null, Long.toString(b.id())));
        assertThat(r.commands().stream().filter(x -> x instanceof SyncResponse.Add).map(x -> x.serverId()))
                .containsExactly(Long.toString(c.id()));
    }

    @Test
    void shrinkingTheFilterWindowSoftDeletesOlderItems() throws Exception {
        Item fresh = h.mail(inbox, "fresh", h.now.minus(Duration.ofHours(2)));
        Item old = h.mail(inbox, "old", h.now.minus(Duration.ofDays(10)));
        Item older = h.mail(inbox, "older", h.now.minus(Duration.ofDays(40)));
        assertThat(adds(h.fullSync(inbox, null, FilterType.ONE_MONTH)))
                .containsExactlyInAnyOrder(Long.toString(fresh.id()), Long.toString(old.id()));
        SyncResponse.CollectionResponse shrink = only(h.sync(request(collection(h.lastKey, inbox, null,
                FilterType.THREE_DAYS))));
        assertThat(shrink.commands()).containsExactly(new SyncResponse.SoftDelete(Long.toString(old.id())));
        assertThat(store.items().get(old.id())).isPresent();
        SyncResponse.CollectionResponse widen = only(h.sync(request(collection(shrink.syncKey(), inbox, null,
                FilterType.ALL))));
        assertThat(adds(widen.commands())).containsExactly(Long.toString(old.id()), Long.toString(older.id()));
    }

    @Test
    void bodyIsTruncatedToTheRequestedSizeAndMimeComesFromTheBlob() throws Exception {
        String text = "é".repeat(100);
        var blob = store.blobs().put(new java.io.ByteArrayInputStream(
                "Subject: x\r\n\r\nmime body\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Item item = store.items().add(inbox.id(), new ItemContent(org.pushbox.storage.api.ItemClass.EMAIL,
                org.pushbox.storage.api.PropertyMap.builder().text(EmailProperty.SUBJECT, "x")
                        .text(EmailProperty.BODY, text).integer(EmailProperty.BODY_TYPE, 1).build(),
                blob.id(), null, List.of()));
        SyncOptions plain = new SyncOptions(null, null, List.of(new BodyPreference(1, 51L, null, 5)), List.of(),
                null, null, null, null, null);
        SyncRequest.Collection zero = new SyncRequest.Collection("0", Long.toString(inbox.id()), null, null, null,
                null, null, false, List.of(plain), List.of());
        only(h.sync(request(zero)));
        SyncRequest.Collection one = new SyncRequest.Collection("1", Long.toString(inbox.id()), null, null, null,
                null, null, false, List.of(plain), List.of());
        Body body = email(((SyncResponse.Add) only(h.sync(request(one))).commands().get(0)).data()).get(Email.BODY);
        assertThat(body.get(Body.TRUNCATED)).isTrue();
        assertThat(body.get(Body.ESTIMATED_DATA_SIZE)).isEqualTo(200L);
        assertThat(body.get(Body.DATA)).isEqualTo("é".repeat(25));
        assertThat(body.get(Body.PREVIEW)).isEqualTo("ééééé");

        SyncOptions mime = new SyncOptions(null, null, List.of(new BodyPreference(4, null, null, null)), List.of(),
                2, null, null, null, null);
        SyncRequest.Collection fetch = new SyncRequest.Collection("2", Long.toString(inbox.id()), null, null, null,
                false, null, false, List.of(mime), List.of(new SyncRequest.Fetch(Long.toString(item.id()))));
        SyncResponse.FetchResult fetched = (SyncResponse.FetchResult) only(h.sync(request(fetch))).responses().get(0);
        Body mimeBody = email(fetched.data()).get(Email.BODY);
        assertThat(mimeBody.get(Body.TYPE)).isEqualTo(Body.MIME);
        assertThat(mimeBody.get(Body.DATA)).contains("mime body");
    }

    @Test
    void clientChangeOfReadStateIsStoredAndNotEchoed() throws Exception {
        Item a = h.mail(inbox, "a", h.now);
        h.fullSync(inbox, null, null);
        Email read = Email.EMPTY.with(Email.READ, true);
        SyncResponse.CollectionResponse r = only(h.sync(request(collection(h.lastKey, inbox, null, null,
                new SyncRequest.Change(null, Long.toString(a.id()), null,
                        new ApplicationData(read.encode(SyncHarness.V14_1, EncodeOptions.TO_SERVER)))))));
        assertThat(r.responses()).isEmpty();
        assertThat(r.commands()).isEmpty();
        Item stored = store.items().get(a.id()).orElseThrow();
        assertThat(stored.properties().bool(EmailProperty.READ)).isTrue();
        assertThat(stored.properties().text(EmailProperty.SUBJECT)).isEqualTo("a");
    }

    @Test
    void aWindowFilledInTheMiddleOfAJournalPageContinuesThereOnTheNextPage() throws Exception {
        String key = only(h.sync(request(collection("0", inbox, null, null)))).syncKey();
        h.mail(inbox, "a", h.now);
        h.mail(inbox, "b", h.now);
        key = only(h.sync(request(collection(key, inbox, 2, null)))).syncKey();
        List<String> later = new ArrayList<>();
        for (String subject : List.of("c", "d", "e", "f")) {
            later.add(Long.toString(h.mail(inbox, subject, h.now).id()));
        }
        // a and b's entries bring nothing, so the read goes on past the first page and stops after e
        SyncResponse.CollectionResponse page = only(h.sync(request(collection(key, inbox, 3, null))));
        assertThat(page.commands()).extracting(SyncResponse.ServerCommand::serverId)
                .containsExactlyElementsOf(later.subList(0, 3));
        assertThat(page.moreAvailable()).isTrue();
        SyncResponse.CollectionResponse last = only(h.sync(request(collection(page.syncKey(), inbox, 3, null))));
        assertThat(last.commands()).extracting(SyncResponse.ServerCommand::serverId).containsExactly(later.get(3));
        assertThat(last.moreAvailable()).isFalse();
    }

    @Test
    void theDevicesOwnChangesDuringAPagedReadAreNeitherEchoedNorConflicts() throws Exception {
        h.fullSync(inbox, null, null);
        List<Item> mail = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mail.add(h.mail(inbox, "m" + i, h.now));
        }
        SyncResponse.CollectionResponse page = only(h.sync(request(collection(h.lastKey, inbox, 2, null))));
        assertThat(page.moreAvailable()).isTrue();
        String first = Long.toString(mail.get(0).id());
        // the journal read that pages these five ends before the device's Changes of the first one
        for (boolean read : new boolean[] {true, false}) {
            Email change = Email.EMPTY.with(Email.READ, read);
            page = only(h.sync(request(collection(page.syncKey(), inbox, 2, null, new SyncRequest.Change(null, first,
                    null, new ApplicationData(change.encode(SyncHarness.V14_1, EncodeOptions.TO_SERVER)))))));
            assertThat(page.responses()).as("no conflict with its own earlier Change").isEmpty();
        }
        assertThat(store.items().get(mail.get(0).id()).orElseThrow().properties().bool(EmailProperty.READ)).isFalse();
        page = only(h.sync(request(collection(page.syncKey(), inbox, 2, null))));
        assertThat(page.commands()).as("the device's own Changes do not come back").isEmpty();
        // a server write after them is sent
        store.items().update(mail.get(0).id(), org.pushbox.storage.api.PropertyMap.builder()
                .bool(EmailProperty.READ, true).build(), Set.of());
        assertThat(only(h.sync(request(collection(page.syncKey(), inbox, 2, null)))).commands())
                .extracting(SyncResponse.ServerCommand::serverId).containsExactly(first);
    }

    @Test
    void aChangeOfAnItemTheServerChangedSinceIsStatus7AndTheServerVersionComesBack() throws Exception {
        Folder contacts = h.folder(FolderType.CONTACTS);
        Item anna = store.items().add(contacts.id(), ItemContent.of(org.pushbox.storage.api.ItemClass.CONTACT,
                org.pushbox.storage.api.PropertyMap.builder().text(ContactProperty.FIRST_NAME, "Anna")
                        .text(ContactProperty.LAST_NAME, "Old").build()));
        h.fullSync(contacts, null, null);
        String key = h.lastKey;
        store.items().update(anna.id(), org.pushbox.storage.api.PropertyMap.builder()
                .text(ContactProperty.LAST_NAME, "Server").build(), Set.of());
        SyncRequest.Change change = new SyncRequest.Change(null, Long.toString(anna.id()), null, new ApplicationData(
                Contact.EMPTY.with(Contact.LAST_NAME, "Device").encode(SyncHarness.V14_1, EncodeOptions.TO_SERVER)));

        SyncResponse.CollectionResponse r = only(h.sync(request(collection(key, contacts, null, null, change))));
        assertThat(r.responses()).containsExactly(new SyncResponse.ChangeResult(null, Long.toString(anna.id()), null,
                SyncStatus.CONFLICT));
        assertThat(r.commands()).hasSize(1);
        SyncResponse.Change back = (SyncResponse.Change) r.commands().get(0);
        assertThat(back.serverId()).isEqualTo(Long.toString(anna.id()));
        assertThat(Contact.decode(back.data().element(), SyncHarness.V14_1).get(Contact.LAST_NAME)).isEqualTo("Server");
        assertThat(store.items().get(anna.id()).orElseThrow().properties().text(ContactProperty.LAST_NAME))
                .as("server wins").isEqualTo("Server");
        // the device now holds the server's version: its next Change is no conflict
        SyncResponse.CollectionResponse next = only(h.sync(request(collection(r.syncKey(), contacts, null, null,
                change))));
        assertThat(next.responses()).isEmpty();
        assertThat(next.commands()).isEmpty();
        assertThat(store.items().get(anna.id()).orElseThrow().properties().text(ContactProperty.LAST_NAME))
                .isEqualTo("Device");
        // a retry of that request (its answer lost) finds the change applied: still no conflict
        assertThat(only(h.sync(request(collection(r.syncKey(), contacts, null, null, change)))).responses()).isEmpty();
    }

    @Test
    void conflictOptionZeroLetsTheDeviceWin() throws Exception {
        Folder contacts = h.folder(FolderType.CONTACTS);
        Item anna = store.items().add(contacts.id(), ItemContent.of(org.pushbox.storage.api.ItemClass.CONTACT,
                org.pushbox.storage.api.PropertyMap.builder().text(ContactProperty.FIRST_NAME, "Anna").build()));
        SyncOptions clientWins = new SyncOptions(null, null, List.of(), List.of(), null, null, 0, null, null);
        String key = only(h.sync(request(new SyncRequest.Collection("0", Long.toString(contacts.id()), null, null,
                null, null, null, false, List.of(clientWins), List.of())))).syncKey();
        key = only(h.sync(request(collection(key, contacts, null, null)))).syncKey();
        store.items().update(anna.id(), org.pushbox.storage.api.PropertyMap.builder()
                .text(ContactProperty.LAST_NAME, "Server").build(), Set.of());
        SyncRequest.Change change = new SyncRequest.Change(null, Long.toString(anna.id()), null, new ApplicationData(
                Contact.EMPTY.with(Contact.FIRST_NAME, "Anne").encode(SyncHarness.V14_1, EncodeOptions.TO_SERVER)));
        SyncResponse.CollectionResponse r = only(h.sync(request(collection(key, contacts, null, null, change))));
        assertThat(r.responses()).isEmpty();
        var stored = store.items().get(anna.id()).orElseThrow().properties();
        assertThat(stored.text(ContactProperty.FIRST_NAME)).isEqualTo("Anne");
        assertThat(stored.text(ContactProperty.LAST_NAME)).isEqualTo("Server");
    }

    @Test
    void mailArrivingDuringTheFirstSyncIsSentOnceNotAgainAsAChange() throws Exception {
        for (int i = 0; i < 3; i++) {
            h.mail(inbox, "before " + i, h.now);
        }
        String key = only(h.sync(request(collection("0", inbox, 2, null)))).syncKey();
        Item during = h.mail(inbox, "during", h.now);
        List<SyncResponse.ServerCommand> all = new ArrayList<>();
        boolean more = true;
        while (more) {
            SyncResponse.CollectionResponse page = only(h.sync(request(collection(key, inbox, 2, null))));
            all.addAll(page.commands());
            more = page.moreAvailable();
            key = page.syncKey();
        }
        assertThat(adds(all)).hasSize(4).contains(Long.toString(during.id()));
        assertThat(all).as("no Change repeats what a page sent whole").allMatch(c -> c instanceof SyncResponse.Add);
        // a write after it was sent is still a Change
        store.items().update(during.id(), org.pushbox.storage.api.PropertyMap.builder()
                .text(EmailProperty.SUBJECT, "edited").build(), Set.of());
        assertThat(only(h.sync(request(collection(key, inbox, 2, null)))).commands())
                .singleElement().isInstanceOf(SyncResponse.Change.class);
    }

    @Test
    void aFirstSyncPagesTheFolderOldestFirst() throws Exception {
        // stored in this order, received in the other: the order they came into the folder counts
        Item first = h.mail(inbox, "first", h.now);
        Item second = h.mail(inbox, "second", h.now.minusSeconds(60));
        Item third = h.mail(inbox, "third", h.now.minusSeconds(120));
        String key = only(h.sync(request(collection("0", inbox, null, null)))).syncKey();
        SyncResponse.CollectionResponse page = only(h.sync(request(collection(key, inbox, 2, null))));
        assertThat(page.commands()).extracting(SyncResponse.ServerCommand::serverId)
                .containsExactly(Long.toString(first.id()), Long.toString(second.id()));
        assertThat(page.moreAvailable()).isTrue();
        SyncResponse.CollectionResponse last = only(h.sync(request(collection(page.syncKey(), inbox, 2, null))));
        assertThat(last.commands()).extracting(SyncResponse.ServerCommand::serverId)
                .containsExactly(Long.toString(third.id()));
        assertThat(last.moreAvailable()).isFalse();
    }

    @Test
    void journalEntriesThatBringNothingTakeNoRoomInTheWindow() throws Exception {
        String key = only(h.sync(request(collection("0", inbox, null, null)))).syncKey();
        for (int i = 0; i < 3; i++) {
            h.mail(inbox, "after key 1 " + i, h.now);
        }
        // the reconcile sends all three whole; their journal entries, read next, bring nothing more
        SyncResponse.CollectionResponse page = only(h.sync(request(collection(key, inbox, 5, null))));
        assertThat(adds(page.commands())).hasSize(3);
        assertThat(page.moreAvailable()).as("nothing is left to send").isFalse();
        // paged: the last reconcile page leaves room that the entries of mail sent on earlier pages must not fill
        key = only(h.sync(request(collection("0", inbox, null, null)))).syncKey();
        for (int i = 0; i < 3; i++) {
            h.mail(inbox, "after the second key 1 " + i, h.now);
        }
        SyncResponse.CollectionResponse one = only(h.sync(request(collection(key, inbox, 4, null))));
        assertThat(adds(one.commands())).hasSize(4);
        assertThat(one.moreAvailable()).isTrue();
        SyncResponse.CollectionResponse two = only(h.sync(request(collection(one.syncKey(), inbox, 4, null))));
        assertThat(adds(two.commands())).hasSize(2);
        assertThat(two.moreAvailable()).as("nothing is left to send").isFalse();
    }

    @Test
    void deleteMovesToDeletedItemsUnlessDeletesAsMovesIsOff() throws Exception {
        Item a = h.mail(inbox, "a", h.now);
        Item b = h.mail(inbox, "b", h.now);
        h.fullSync(inbox, null, null);
        SyncRequest.Collection moves = collection(h.lastKey, inbox, null, null,
                new SyncRequest.Delete(null, Long.toString(a.id()), null));
        SyncResponse.CollectionResponse r = only(h.sync(request(moves)));
        assertThat(r.responses()).isEmpty();
        assertThat(store.items().get(a.id()).orElseThrow().folderId())
                .isEqualTo(h.folder(FolderType.DELETED_ITEMS).id());
        SyncRequest.Collection hard = new SyncRequest.Collection(r.syncKey(), Long.toString(inbox.id()), null, null,
                false, true, null, false, List.of(), List.of(new SyncRequest.Delete(null, Long.toString(b.id()), null),
                        new SyncRequest.Delete(null, "999999", null)));
        SyncResponse.CollectionResponse r2 = only(h.sync(request(hard)));
        assertThat(store.items().get(b.id())).isEmpty();
        assertThat(r2.responses()).containsExactly(new SyncResponse.DeleteResult("999999", null,
                SyncStatus.OBJECT_NOT_FOUND));
        // A retry of the same request answers the same and deletes nothing more.
        assertThat(only(h.sync(request(hard)))).isEqualTo(r2);
    }

    @Test
    void aRetriedAddCreatesOneItem() throws Exception {
        Folder contacts = h.folder(FolderType.CONTACTS);
        only(h.sync(request(collection("0", contacts, null, null))));
        Contact anna = Contact.EMPTY.with(Contact.FIRST_NAME, "Anna").with(Contact.EMAIL1_ADDRESS, "a@example.org");
        SyncRequest.Add add = new SyncRequest.Add(null, "client-1",
                new ApplicationData(anna.encode(SyncHarness.V14_1, EncodeOptions.TO_SERVER)));
        SyncResponse.CollectionResponse first = only(h.sync(request(collection("1", contacts, null, null, add))));
        SyncResponse.CollectionResponse retry = only(h.sync(request(collection("1", contacts, null, null, add))));
        assertThat(retry).isEqualTo(first);
        SyncResponse.AddResult result = (SyncResponse.AddResult) first.responses().get(0);
        assertThat(result.status()).isEqualTo(SyncStatus.SUCCESS);
        assertThat(first.commands()).as("own add not echoed").isEmpty();
        assertThat(store.items().count(contacts.id())).isEqualTo(1);
        Item stored = store.items().get(Long.parseLong(result.serverId())).orElseThrow();
        assertThat(stored.properties().text(ContactProperty.FIRST_NAME)).isEqualTo("Anna");
    }

    @Test
    void addingMailOrGarbageIsStatus6() throws Exception {
        only(h.sync(request(collection("0", inbox, null, null))));
        SyncRequest.Add add = new SyncRequest.Add(null, "c1",
                new ApplicationData(Email.EMPTY.with(Email.SUBJECT, "x").encode(SyncHarness.V14_1,
                        EncodeOptions.TO_SERVER)));
        SyncResponse.CollectionResponse r = only(h.sync(request(collection("1", inbox, null, null, add))));
        assertThat(r.responses().get(0).status()).isEqualTo(SyncStatus.INVALID_ITEM);
        assertThat(store.items().count(inbox.id())).isZero();
    }

    @Test
    void outOfRangeWaitIsStatus14WithTheLimitAndEmptyRequestsNeedACachedOne() throws Exception {
        SyncResponse none = h.sync(null);
        assertThat(none.status()).isEqualTo(SyncStatus.INCOMPLETE_REQUEST);
        SyncResponse tooLong = h.sync(new SyncRequest(List.of(collection("0", inbox, null, null)), 60, null, null,
                false));
        assertThat(tooLong.status()).isEqualTo(SyncStatus.INVALID_WAIT_OR_HEARTBEAT_INTERVAL);
        assertThat(tooLong.limit()).isEqualTo(59);
        SyncResponse tooShort = h.sync(new SyncRequest(List.of(collection("0", inbox, null, null)), null, 30, null,
                false));
        assertThat(tooShort.limit()).isEqualTo(60);
    }

    @Test
    void anEmptyRequestReplaysTheLastOneAtTheNewestKey() throws Exception {
        only(h.sync(request(collection("0", inbox, null, null))));
        only(h.sync(request(collection("1", inbox, null, null))));
        Item later = h.mail(inbox, "later", h.now);
        SyncResponse.CollectionResponse replay = only(h.sync(null));
        assertThat(replay.syncKey()).isEqualTo("3"); // key 1 ended the first reconcile with key 2
        assertThat(replay.commands()).extracting(SyncResponse.ServerCommand::serverId)
                .containsExactly(Long.toString(later.id()));
    }

    @Test
    void aHangingSyncAnswersWhenMailArrives() throws Exception {
        h.fullSync(inbox, null, null);
        var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return h.send(new SyncRequest(List.of(collection(h.lastKey, inbox, null, null)), null, 60, null,
                        false), SyncHarness.V14_1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (h.notifier.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pending).isNotDone();
        Item mail = h.mail(inbox, "pushed", Instant.now());
        SyncResponse r = SyncHarness.decode(pending.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertThat(only(r).commands()).extracting(SyncResponse.ServerCommand::serverId)
                .containsExactly(Long.toString(mail.id()));
    }
}
