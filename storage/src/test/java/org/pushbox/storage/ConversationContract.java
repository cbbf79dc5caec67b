package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V7__item_conversation_backfill;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.jdbc.JdbcMailboxStore;

/** ItemFilter.withWholeConversations (Sync's ConversationMode) and the V7 backfill of item.conversation_id. */
interface ConversationContract extends StoreFixture {

    byte[] A = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    byte[] B = {16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    private static ItemContent mail(String subject, Instant received, byte[] conversation) {
        ItemContent plain = SampleItems.email(subject, received);
        return conversation == null ? plain : ItemContent.of(plain.itemClass(),
                plain.properties().toBuilder().bytes(EmailProperty.CONVERSATION_ID, conversation).build());
    }

    @Test
    default void wholeConversationsReachPastTheDateWindowButNotPastTheFolder() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant old = now.minus(40, ChronoUnit.DAYS);
        Item oldA = store().items().add(inbox.id(), mail("old A", old, A));
        Item newA = store().items().add(inbox.id(), mail("new A", now, A));
        Item oldB = store().items().add(inbox.id(), mail("old B", old, B));
        store().items().add(inbox.id(), mail("old, no conversation", old, null));
        Folder sent = folder(a, FolderType.SENT_ITEMS);
        store().items().add(sent.id(), mail("sent A", old, A));
        ItemFilter month = ItemFilter.since(now.minus(31, ChronoUnit.DAYS));

        assertThat(store().items().ids(inbox.id(), month)).containsExactly(newA.id());
        assertThat(store().items().ids(inbox.id(), month.withWholeConversations()))
                .containsExactly(oldA.id(), newA.id());
        assertThat(store().items().ids(sent.id(), month.withWholeConversations())).as("no anchor in Sent").isEmpty();

        // A replaced message is indexed under its new conversation.
        store().items().replace(newA.id(), mail("new B", now, B));
        assertThat(store().items().ids(inbox.id(), month.withWholeConversations()))
                .containsExactly(newA.id(), oldB.id());
        assertThat(ItemFilter.ALL.withWholeConversations()).isEqualTo(ItemFilter.ALL);
    }

    @Test
    default void theBackfillIndexesMessagesStoredBeforeTheColumn() throws Exception {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Item oldA = store().items().add(inbox.id(), mail("old A", now.minus(40, ChronoUnit.DAYS), A));
        Item newA = store().items().add(inbox.id(), mail("new A", now, A));
        ItemFilter month = ItemFilter.since(now.minus(31, ChronoUnit.DAYS)).withWholeConversations();
        JdbcMailboxStore jdbc = (JdbcMailboxStore) store();
        try (Connection c = jdbc.database().connection()) {
            c.setAutoCommit(true);
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '7' AND success = 1")) {
                rs.next();
                assertThat(rs.getInt(1)).as("Flyway found and ran the Java migration").isEqualTo(1);
            }
            try (var s = c.createStatement()) {
                // as the rows were before V6 added the column
                s.executeUpdate("UPDATE item SET conversation_id = NULL WHERE folder_id = " + inbox.id());
            }
            assertThat(store().items().ids(inbox.id(), month)).containsExactly(newA.id());
            new V7__item_conversation_backfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
        }
        assertThat(store().items().ids(inbox.id(), month)).containsExactly(oldA.id(), newA.id());
    }
}
