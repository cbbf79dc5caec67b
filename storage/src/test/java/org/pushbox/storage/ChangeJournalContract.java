package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.ChangeKind;
import org.pushbox.storage.api.ChangePage;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemChange;
import org.pushbox.storage.api.PropertyMap;

interface ChangeJournalContract extends StoreFixture {

    private Item mail(Folder folder, String subject) {
        return store().items().add(folder.id(), SampleItems.email(subject, Instant.parse("2026-02-02T10:00:00Z")));
    }

    private void read(Item item) {
        store().items().update(item.id(), PropertyMap.builder().bool(EmailProperty.READ, true).build(), Set.of());
    }

    private void edit(Item item, String subject) {
        store().items().update(item.id(), PropertyMap.builder().text(EmailProperty.SUBJECT, subject).build(), Set.of());
    }

    @Test
    default void changesCollapseToWhatADeviceAtTheBaseMustLearn() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Folder other = store().folders().create(a.id(), Folder.ROOT, "Other", FolderType.USER_MAIL);
        Item changed = mail(inbox, "changed");
        Item flagged = mail(inbox, "flagged");
        Item deleted = mail(inbox, "deleted");
        Item movedAway = mail(inbox, "moved away");
        Item roundTrip = mail(inbox, "out and back");
        Item arriving = mail(other, "arriving");
        long base = store().journal().folderModseq(inbox.id());

        Item transient_ = mail(inbox, "added then deleted");
        store().items().delete(transient_.id());
        Item fresh = mail(inbox, "added then edited");
        edit(fresh, "edited after add");
        read(fresh);
        read(changed);
        edit(changed, "edited");
        read(flagged);
        edit(deleted, "doomed");
        store().items().delete(deleted.id());
        store().items().move(movedAway.id(), other.id());
        store().items().move(roundTrip.id(), other.id());
        store().items().move(roundTrip.id(), inbox.id());
        store().items().move(arriving.id(), inbox.id());

        ChangePage page = store().journal().changesSince(inbox.id(), base, 100);
        assertThat(page.more()).isFalse();
        assertThat(page.upTo()).isEqualTo(store().journal().folderModseq(inbox.id()));
        assertThat(page.changes()).extracting(ItemChange::itemId, ItemChange::kind).containsExactly(
                tuple(fresh.id(), ChangeKind.ADDED),
                tuple(changed.id(), ChangeKind.CHANGED),
                tuple(flagged.id(), ChangeKind.FLAGS_CHANGED),
                tuple(deleted.id(), ChangeKind.REMOVED),
                tuple(movedAway.id(), ChangeKind.REMOVED),
                tuple(roundTrip.id(), ChangeKind.CHANGED),
                tuple(arriving.id(), ChangeKind.ADDED));
        assertThat(page.changes()).extracting(ItemChange::modseq).isSorted();
        assertThat(page.changes()).filteredOn(ItemChange::singleEntry).extracting(ItemChange::itemId)
                .as("one entry in the window: flagged once, moved away, moved in and not written since")
                .containsExactlyInAnyOrder(flagged.id(), movedAway.id(), arriving.id());
        assertThat(store().journal().changesSince(inbox.id(), page.upTo(), 100).changes()).isEmpty();
    }

    @Test
    default void pagesContinueFromTheStoredWindowWithTheSameBase() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Item before = mail(inbox, "before");
        long base = store().journal().folderModseq(inbox.id());
        List<Item> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            added.add(mail(inbox, "m" + i));
        }
        edit(added.get(0), "edited later"); // its last entry is now the newest: it comes last, still as ADDED
        read(before);

        ChangePage page = store().journal().changesSince(inbox.id(), base, 3);
        List<ItemChange> all = new ArrayList<>(page.changes());
        assertThat(page.more()).isTrue();
        Item late = mail(inbox, "after the first page"); // beyond upTo: not part of this read
        while (page.more()) {
            page = store().journal().changes(inbox.id(), page.next(), 3);
            all.addAll(page.changes());
        }
        assertThat(all).extracting(ItemChange::itemId, ItemChange::kind).containsExactly(
                tuple(added.get(1).id(), ChangeKind.ADDED), tuple(added.get(2).id(), ChangeKind.ADDED),
                tuple(added.get(3).id(), ChangeKind.ADDED), tuple(added.get(4).id(), ChangeKind.ADDED),
                tuple(added.get(5).id(), ChangeKind.ADDED), tuple(added.get(6).id(), ChangeKind.ADDED),
                tuple(added.get(0).id(), ChangeKind.ADDED), tuple(before.id(), ChangeKind.FLAGS_CHANGED));
        assertThat(store().journal().changesSince(inbox.id(), page.upTo(), 10).changes())
                .extracting(ItemChange::itemId).containsExactly(late.id());
    }

    @Test
    default void aFolderWithoutWritesHasNoChanges() {
        Account a = newAccount();
        Folder notes = folder(a, FolderType.NOTES);
        assertThat(store().journal().folderModseq(notes.id())).isZero();
        ChangePage page = store().journal().changesSince(notes.id(), 0, 10);
        assertThat(page.changes()).isEmpty();
        assertThat(page.upTo()).isZero();
    }
}
