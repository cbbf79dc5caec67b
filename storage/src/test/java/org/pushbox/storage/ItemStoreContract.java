package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.AttachmentMethod;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.ContactProperty;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.FlagProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.JournalEntry;
import org.pushbox.storage.api.JournalKind;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyType;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.RecurrenceProperty;

interface ItemStoreContract extends StoreFixture {

    private BlobId smallBlob(String text) throws IOException {
        return store().blobs().put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).id();
    }

    @Test
    default void everyPropertyOfEveryClassRoundTripsWithNonBmpText() throws IOException {
        Account a = newAccount();
        BlobId picture = smallBlob("JPEG picture 📷 " + a.id());
        BlobId mime = smallBlob("From: bob 🐝\r\nSubject: hi\r\n\r\nbody " + a.id());
        BlobId attachmentBlob = smallBlob("attachment " + a.id());
        FolderType[] folders = {FolderType.INBOX, FolderType.CONTACTS, FolderType.CALENDAR, FolderType.TASKS, FolderType.NOTES};
        for (FolderType type : folders) {
            ItemClass cls = type.itemClass();
            PropertyMap props = SampleItems.full(cls, picture, cls.code());
            for (PropertyKey key : cls.properties()) {
                if (key.type() != PropertyType.BLOB) {
                    assertThat(props.get(key)).as("%s.%s generated", cls, key.key()).isPresent();
                }
            }
            List<Attachment> attachments = List.of(
                    new Attachment(SampleItems.EXOTIC + "report.pdf", "application/pdf", "<cid-1@x>", "loc/😀",
                            AttachmentMethod.NORMAL, 12345, false, attachmentBlob,
                            PropertyMap.builder().put("umAttOrder", new PropertyValue.Int(2)).build()),
                    new Attachment("forwarded 📨.eml", "message/rfc822", null, null, AttachmentMethod.EMBEDDED_MESSAGE,
                            77, true, null, PropertyMap.EMPTY));
            ItemContent content = new ItemContent(cls, props, cls == ItemClass.EMAIL ? mime : null,
                    SampleItems.EXOTIC + "preview", attachments);
            Item added = store().items().add(folder(a, type).id(), content);
            Item read = store().items().get(added.id()).orElseThrow();
            assertThat(read.content()).as(cls.toString()).isEqualTo(content);
            assertThat(read.folderId()).isEqualTo(folder(a, type).id());
            assertThat(read.accountId()).isEqualTo(a.id());
            assertThat(read.modseq()).isEqualTo(added.modseq());
        }
    }

    @Test
    default void itemsAreFoundByTheirMimeBlobWithinOneFolder() throws IOException {
        Account a = newAccount();
        BlobId mime = smallBlob("From: carol\r\nSubject: once\r\n\r\nbody " + a.id());
        BlobId other = smallBlob("From: carol\r\nSubject: other\r\n\r\nbody " + a.id());
        long inbox = folder(a, FolderType.INBOX).id();
        Item mail = store().items().add(inbox, new ItemContent(ItemClass.EMAIL,
                SampleItems.full(ItemClass.EMAIL, null, ItemClass.EMAIL.code()), mime, "once", List.of()));
        assertThat(store().items().idsWithMime(inbox, mime, Instant.EPOCH)).containsExactly(mail.id());
        assertThat(store().items().idsWithMime(inbox, other, Instant.EPOCH)).isEmpty();
        assertThat(store().items().idsWithMime(folder(a, FolderType.DRAFTS).id(), mime, Instant.EPOCH)).isEmpty();
    }

    @Test
    default void partialUpdatesKeepPropertiesTheClientDoesNotManage() {
        Account a = newAccount();
        Folder contacts = folder(a, FolderType.CONTACTS);
        PropertyMap full = SampleItems.full(ItemClass.CONTACT, null, 7);
        Item item = store().items().add(contacts.id(), ItemContent.of(ItemClass.CONTACT, full));
        PropertyMap change = PropertyMap.builder()
                .text(ContactProperty.FIRST_NAME, "Ünal 🌟").build();
        Item updated = store().items().update(item.id(), change,
                Set.of(ContactProperty.SPOUSE.key()));
        PropertyMap expected = full.merge(change, Set.of("spouse"));
        assertThat(store().items().get(item.id()).orElseThrow().properties()).isEqualTo(expected)
                .matches(p -> p.get("x-vendor-unmanaged").isPresent());
        assertThat(updated.modseq()).isGreaterThan(item.modseq());
        // The same change again (a retried request) writes nothing.
        Item again = store().items().update(item.id(), change, Set.of("spouse"));
        assertThat(again.modseq()).isEqualTo(updated.modseq());
        assertThat(store().journal().folderModseq(contacts.id())).isEqualTo(updated.modseq());
    }

    @Test
    default void flagOnlyChangesAreJournalledAsSuch() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Item mail = store().items().add(inbox.id(), SampleItems.email("flag me", Instant.parse("2026-01-01T00:00:00Z")));
        store().items().update(mail.id(), PropertyMap.builder().bool(EmailProperty.READ, true)
                .group(EmailProperty.FLAG, PropertyMap.builder().integer(FlagProperty.STATUS, 2)
                        .text(FlagProperty.FLAG_TYPE, "Follow up 🚩").build())
                .texts(EmailProperty.CATEGORIES, List.of("Rot 🔴")).build(), Set.of());
        store().items().update(mail.id(), PropertyMap.builder().text(EmailProperty.SUBJECT, "edited draft").build(), Set.of());
        List<JournalEntry> entries = store().journal().entries(inbox.id(), 0, 10);
        assertThat(entries).extracting(JournalEntry::kind)
                .containsExactly(JournalKind.ADDED, JournalKind.FLAGS_CHANGED, JournalKind.CHANGED);
        assertThat(entries).extracting(JournalEntry::modseq).containsExactly(1L, 2L, 3L);
        Item read = store().items().get(mail.id()).orElseThrow();
        assertThat(read.properties().bool(EmailProperty.READ)).isTrue();
        assertThat(read.properties().group(EmailProperty.FLAG).integer(FlagProperty.STATUS)).isEqualTo(2);
    }

    @Test
    default void moveKeepsTheIdAndDeleteRemoves() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Folder trash = folder(a, FolderType.DELETED_ITEMS);
        Item mail = store().items().add(inbox.id(), SampleItems.email("move me", Instant.now()));
        Item moved = store().items().move(mail.id(), trash.id());
        assertThat(moved.id()).isEqualTo(mail.id());
        assertThat(store().items().get(mail.id()).orElseThrow().folderId()).isEqualTo(trash.id());
        assertThat(store().items().count(inbox.id())).isZero();
        assertThat(store().journal().entries(inbox.id(), 0, 10)).extracting(JournalEntry::kind)
                .containsExactly(JournalKind.ADDED, JournalKind.MOVED_OUT);
        assertThat(store().journal().entries(trash.id(), 0, 10)).extracting(JournalEntry::kind)
                .containsExactly(JournalKind.MOVED_IN);
        store().items().delete(mail.id());
        assertThat(store().items().get(mail.id())).isEmpty();
        assertThat(store().journal().entries(trash.id(), 0, 10)).extracting(JournalEntry::kind)
                .containsExactly(JournalKind.MOVED_IN, JournalKind.DELETED);
        assertThatThrownBy(() -> store().items().delete(mail.id())).isInstanceOf(NotFoundException.class);
        Account other = newAccount();
        Item mine = store().items().add(inbox.id(), SampleItems.email("stay", Instant.now()));
        assertThatThrownBy(() -> store().items().move(mine.id(), folder(other, FolderType.INBOX).id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void dateWindowFilterFollowsEachClass() {
        Account a = newAccount();
        Instant cutoff = Instant.parse("2026-06-01T00:00:00Z");
        Folder inbox = folder(a, FolderType.INBOX);
        Item oldMail = store().items().add(inbox.id(), SampleItems.email("old", cutoff.minusSeconds(86_400)));
        Item newMail = store().items().add(inbox.id(), SampleItems.email("new", cutoff.plusSeconds(60)));
        Item undated = store().items().add(inbox.id(), SampleItems.minimal(ItemClass.EMAIL, "no date"));
        assertThat(store().items().ids(inbox.id(), ItemFilter.since(cutoff))).containsExactly(newMail.id(), undated.id());
        assertThat(store().items().ids(inbox.id(), ItemFilter.ALL)).containsExactly(oldMail.id(), newMail.id(), undated.id());

        Folder cal = folder(a, FolderType.CALENDAR);
        Item past = store().items().add(cal.id(), SampleItems.event("past", cutoff.minusSeconds(7200), cutoff.minusSeconds(3600)));
        Item spanning = store().items().add(cal.id(), SampleItems.event("spans", cutoff.minusSeconds(3600), cutoff.plusSeconds(3600)));
        ItemContent series = SampleItems.event("weekly, open", cutoff.minusSeconds(86_400 * 100L), cutoff.minusSeconds(86_400 * 100L - 3600));
        Item open = store().items().add(cal.id(), ItemContent.of(ItemClass.EVENT, series.properties().toBuilder()
                .group(EventProperty.RECURRENCE, PropertyMap.builder().integer(RecurrenceProperty.TYPE, 1)
                        .integer(RecurrenceProperty.DAY_OF_WEEK, 2).build()).build()));
        Item ended = store().items().add(cal.id(), ItemContent.of(ItemClass.EVENT, series.properties().toBuilder()
                .group(EventProperty.RECURRENCE, PropertyMap.builder().integer(RecurrenceProperty.TYPE, 1)
                        .time(RecurrenceProperty.UNTIL, cutoff.minusSeconds(86_400)).build()).build()));
        assertThat(store().items().ids(cal.id(), ItemFilter.since(cutoff))).containsExactly(spanning.id(), open.id());
        assertThat(store().items().ids(cal.id(), ItemFilter.ALL)).contains(past.id(), ended.id());

        Folder tasks = folder(a, FolderType.TASKS);
        Item todo = store().items().add(tasks.id(), SampleItems.task("todo", false));
        store().items().add(tasks.id(), SampleItems.task("done", true));
        assertThat(store().items().ids(tasks.id(), new ItemFilter(null, true))).containsExactly(todo.id());
    }

    @Test
    default void referencesToBlobsThatDoNotExistAreRefused() {
        Account a = newAccount();
        ItemContent content = new ItemContent(ItemClass.EMAIL, PropertyMap.EMPTY, new BlobId(Long.MAX_VALUE - 1), null, List.of());
        assertThatThrownBy(() -> store().items().add(folder(a, FolderType.INBOX).id(), content))
                .isInstanceOf(NotFoundException.class);
        assertThat(store().journal().folderModseq(folder(a, FolderType.INBOX).id())).isZero();
    }

    @Test
    default void getAllReturnsExistingItemsInIdOrder() {
        Account a = newAccount();
        Folder notes = folder(a, FolderType.NOTES);
        List<Item> added = store().items().addAll(notes.id(), List.of(SampleItems.minimal(ItemClass.NOTE, "1"),
                SampleItems.minimal(ItemClass.NOTE, "2"), SampleItems.minimal(ItemClass.NOTE, "3")));
        store().items().delete(added.get(1).id());
        assertThat(store().items().getAll(List.of(added.get(2).id(), added.get(1).id(), added.get(0).id())))
                .extracting(Item::id).containsExactly(added.get(0).id(), added.get(2).id());
        assertThat(added).extracting(Item::modseq).containsExactly(1L, 2L, 3L);
    }
}
