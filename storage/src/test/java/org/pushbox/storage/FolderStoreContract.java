package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.ChangeKind;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderChange;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemClass;

interface FolderStoreContract extends StoreFixture {

    @Test
    default void userFoldersWithFourByteNamesNestAndListParentsFirst() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Folder projects = store().folders().create(a.id(), inbox.id(), "Projekte 📁 𠜎", FolderType.USER_MAIL);
        Folder deep = store().folders().create(a.id(), projects.id(), "🎉🎊 party", FolderType.USER_MAIL);
        Folder cal = store().folders().create(a.id(), Folder.ROOT, "Team 📅", FolderType.USER_CALENDAR);
        assertThat(store().folders().get(projects.id()).orElseThrow().displayName()).isEqualTo("Projekte 📁 𠜎");
        assertThat(deep.parentId()).isEqualTo(projects.id());
        assertThat(cal.itemClass()).isEqualTo(ItemClass.EVENT);
        // Distinct emoji are distinct names (a *_ci collation would call them equal).
        store().folders().create(a.id(), projects.id(), "🎈🎈 party", FolderType.USER_MAIL);
        List<Folder> all = store().folders().list(a.id());
        assertThat(all).hasSize(14);
        assertThat(all.indexOf(all.stream().filter(f -> f.id() == projects.id()).findFirst().orElseThrow()))
                .isLessThan(all.indexOf(all.stream().filter(f -> f.id() == deep.id()).findFirst().orElseThrow()));
    }

    @Test
    default void namesAreUniquePerParentIgnoringCase() {
        Account a = newAccount();
        store().folders().create(a.id(), Folder.ROOT, "Ärger", FolderType.USER_MAIL);
        assertThatThrownBy(() -> store().folders().create(a.id(), Folder.ROOT, "äRGER", FolderType.USER_MAIL))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store().folders().create(a.id(), Folder.ROOT, "inbox", FolderType.USER_MAIL))
                .isInstanceOf(ConflictException.class);
        Folder other = store().folders().create(a.id(), folder(a, FolderType.INBOX).id(), "Ärger", FolderType.USER_MAIL);
        assertThatThrownBy(() -> store().folders().move(other.id(), Folder.ROOT)).isInstanceOf(ConflictException.class);
    }

    @Test
    default void renameMoveAndDeleteKeepIdsStableAndNeverReuseThem() {
        Account a = newAccount();
        Folder f = store().folders().create(a.id(), Folder.ROOT, "Old", FolderType.USER_MAIL);
        Folder child = store().folders().create(a.id(), f.id(), "Child", FolderType.USER_MAIL);
        store().items().add(child.id(), SampleItems.minimal(ItemClass.EMAIL, "inside"));
        assertThat(store().folders().rename(f.id(), "New 🆕").displayName()).isEqualTo("New 🆕");
        Folder moved = store().folders().move(child.id(), Folder.ROOT);
        assertThat(moved.id()).isEqualTo(child.id());
        assertThat(moved.parentId()).isEqualTo(Folder.ROOT);
        assertThatThrownBy(() -> store().folders().move(f.id(), f.id())).isInstanceOf(IllegalArgumentException.class);
        store().folders().move(child.id(), f.id());
        store().folders().delete(f.id());
        assertThat(store().folders().get(f.id())).isEmpty();
        assertThat(store().folders().get(child.id())).as("subfolder deleted with its parent").isEmpty();
        Folder again = store().folders().create(a.id(), Folder.ROOT, "Old", FolderType.USER_MAIL);
        assertThat(again.id()).isGreaterThan(child.id());
        assertThatThrownBy(() -> store().folders().delete(folder(a, FolderType.INBOX).id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void hierarchyChangesRaiseTheAccountModseqAndCollapse() {
        Account a = newAccount();
        long base = store().journal().hierarchyModseq(a.id());
        assertThat(base).as("default folders were journalled").isEqualTo(10);
        Folder kept = store().folders().create(a.id(), Folder.ROOT, "Kept", FolderType.USER_MAIL);
        Folder gone = store().folders().create(a.id(), Folder.ROOT, "Gone", FolderType.USER_NOTES);
        store().folders().rename(kept.id(), "Kept ✅");
        store().folders().delete(gone.id());
        Folder contacts = folder(a, FolderType.CONTACTS);
        Folder older = store().folders().create(a.id(), contacts.id(), "Older", FolderType.USER_CONTACTS);
        long mid = store().journal().hierarchyModseq(a.id());
        store().folders().rename(contacts.id(), "Kontakte 👥");
        store().folders().delete(older.id());

        List<FolderChange> sinceBase = store().journal().hierarchyChangesSince(a.id(), base).changes();
        assertThat(sinceBase).extracting(FolderChange::folderId, FolderChange::kind).containsExactly(
                tuple(kept.id(), ChangeKind.ADDED),
                tuple(contacts.id(), ChangeKind.CHANGED));
        List<FolderChange> sinceMid = store().journal().hierarchyChangesSince(a.id(), mid).changes();
        assertThat(sinceMid).extracting(FolderChange::folderId, FolderChange::kind).containsExactly(
                tuple(contacts.id(), ChangeKind.CHANGED),
                tuple(older.id(), ChangeKind.REMOVED));
        assertThat(store().journal().hierarchyModseq(a.id())).isEqualTo(mid + 2);
        assertThat(store().journal().hierarchyChangesSince(a.id(), mid + 2).changes()).isEmpty();
    }

    @Test
    default void namesOfUpTo256CharactersAreKeptWhole() {
        Account a = newAccount();
        // U+0130 lower-cases to two UTF-16 units: the case-folded key is twice as long as the name.
        String dotted = "\u0130".repeat(Folder.MAX_NAME_LENGTH);
        String fourByte = "\uD83D\uDCC1".repeat(Folder.MAX_NAME_LENGTH / 2);
        Folder longest = store().folders().create(a.id(), Folder.ROOT, dotted, FolderType.USER_MAIL);
        assertThat(store().folders().get(longest.id()).orElseThrow().displayName()).isEqualTo(dotted);
        assertThatThrownBy(() -> store().folders().create(a.id(), Folder.ROOT, dotted, FolderType.USER_MAIL))
                .as("the whole key is unique").isInstanceOf(ConflictException.class);
        Folder emoji = store().folders().create(a.id(), Folder.ROOT, "x", FolderType.USER_MAIL);
        assertThat(store().folders().rename(emoji.id(), fourByte).displayName()).isEqualTo(fourByte);
        assertThatThrownBy(() -> store().folders().create(a.id(), Folder.ROOT, "a".repeat(Folder.MAX_NAME_LENGTH + 1),
                FolderType.USER_MAIL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().folders().rename(emoji.id(), fourByte + "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
