package org.pushbox.storage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.storage.api.JournalKind.ADDED;
import static org.pushbox.storage.api.JournalKind.CHANGED;
import static org.pushbox.storage.api.JournalKind.DELETED;
import static org.pushbox.storage.api.JournalKind.FLAGS_CHANGED;
import static org.pushbox.storage.api.JournalKind.MOVED_IN;
import static org.pushbox.storage.api.JournalKind.MOVED_OUT;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeKindTest {

    @Test
    void collapseFollowsPresenceAtBothEnds() {
        assertThat(ChangeKind.collapse(ADDED, DELETED, true)).as("came and went").isNull();
        assertThat(ChangeKind.collapse(MOVED_IN, MOVED_OUT, true)).isNull();
        assertThat(ChangeKind.collapse(ADDED, CHANGED, true)).isEqualTo(ChangeKind.ADDED);
        assertThat(ChangeKind.collapse(MOVED_IN, FLAGS_CHANGED, true)).isEqualTo(ChangeKind.ADDED);
        assertThat(ChangeKind.collapse(CHANGED, DELETED, true)).isEqualTo(ChangeKind.REMOVED);
        assertThat(ChangeKind.collapse(MOVED_OUT, MOVED_OUT, true)).isEqualTo(ChangeKind.REMOVED);
        assertThat(ChangeKind.collapse(FLAGS_CHANGED, FLAGS_CHANGED, false)).isEqualTo(ChangeKind.FLAGS_CHANGED);
        assertThat(ChangeKind.collapse(FLAGS_CHANGED, CHANGED, true)).isEqualTo(ChangeKind.CHANGED);
        assertThat(ChangeKind.collapse(MOVED_OUT, MOVED_IN, true)).as("left and came back").isEqualTo(ChangeKind.CHANGED);
    }

    @Test
    void flagOnlyKeysAreThoseOfMail() {
        assertThat(ItemClass.EMAIL.isFlagOnly(List.of("read", "flag", "categories"))).isTrue();
        assertThat(ItemClass.EMAIL.isFlagOnly(List.of("read", "subject"))).isFalse();
        assertThat(ItemClass.CONTACT.isFlagOnly(List.of("categories"))).isFalse();
    }
}
