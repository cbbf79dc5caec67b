package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.sync.SyncHarness.only;
import static org.pushbox.server.command.sync.SyncHarness.request;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Email;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;

/** Sync's ConversationMode ([MS-ASCMD] 2.2.3.36.2) and MaxItems, on a real H2 store. */
class ConversationModeTest extends SyncStoreFixture {

    private static final byte[] A = "conversation-A..".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] B = "conversation-B..".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Plain text cut at 100 bytes, with a 5-character preview. */
    private static final SyncOptions MONTH = new SyncOptions(null, FilterType.ONE_MONTH,
            List.of(new BodyPreference(1, 100L, null, 5)), List.of(), null, null, null, null, null);

    private Item mail(String subject, int daysAgo, byte[] conversation) {
        return store.items().add(inbox.id(),
                SyncHarness.mailContent(subject, h.now.minus(Duration.ofDays(daysAgo)), conversation));
    }

    private static SyncRequest.Collection collection(String key, Folder folder, boolean conversations,
            SyncOptions options) {
        return new SyncRequest.Collection(key, Long.toString(folder.id()), null, null, null,
                key.equals("0") ? null : true, null, conversations, options == null ? List.of() : List.of(options),
                List.of());
    }

    private SyncResponse.CollectionResponse sync(String key, boolean conversations) throws Exception {
        return only(h.sync(request(collection(key, inbox, conversations, MONTH))));
    }

    /** The added items by subject. */
    private static Map<String, Email> added(SyncResponse.CollectionResponse response) {
        return response.commands().stream().filter(c -> c instanceof SyncResponse.Add)
                .map(c -> email(((SyncResponse.Add) c)))
                .collect(Collectors.toMap(e -> e.get(Email.SUBJECT), e -> e));
    }

    private static Email email(SyncResponse.Add add) {
        try {
            return Email.decode(add.data().element(), SyncHarness.V14_1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void olderMessagesOfAConversationInTheWindowComeWithoutTheirBodyButWithTheirPreview() throws Exception {
        mail("old A", 40, A);
        mail("new A", 1, A);
        mail("old B", 40, B);
        sync("0", true);
        SyncResponse.CollectionResponse first = sync("1", true);
        Map<String, Email> added = added(first);
        assertThat(added).containsOnlyKeys("new A", "old A");
        Body inWindow = added.get("new A").get(Email.BODY);
        assertThat(inWindow.get(Body.DATA)).isEqualTo("Hello new A");
        assertThat(inWindow.get(Body.TRUNCATED)).isNotEqualTo(Boolean.TRUE);
        Body outside = added.get("old A").get(Email.BODY);
        assertThat(outside.get(Body.TRUNCATED)).isTrue();
        assertThat(outside.get(Body.DATA)).isNullOrEmpty();
        assertThat(outside.get(Body.ESTIMATED_DATA_SIZE)).isEqualTo((long) "Hello old A".length());
        assertThat(outside.get(Body.PREVIEW)).isEqualTo("Hello");

        // Turning ConversationMode off narrows the window to the dates: the older message leaves the device.
        SyncResponse.CollectionResponse off = sync(first.syncKey(), false);
        assertThat(off.commands()).extracting(SyncResponse.ServerCommand::getClass)
                .containsExactly(SyncResponse.SoftDelete.class);
    }

    @Test
    void aNewMessagePullsTheOlderOnesOfItsConversationIn() throws Exception {
        Item oldB = mail("old B", 40, B);
        sync("0", true);
        SyncResponse.CollectionResponse empty = sync("1", true);
        assertThat(empty.commands()).isEmpty();
        mail("new B", 0, B);
        mail("old A", 45, A);
        SyncResponse.CollectionResponse next = sync(empty.syncKey(), true);
        assertThat(added(next)).containsOnlyKeys("new B", "old B");
        assertThat(next.moreAvailable()).isFalse();
        assertThat(store.syncStates().heldItems(h.phone.id(), inbox.id(), Long.parseLong(next.syncKey())))
                .contains(oldB.id());
        assertThat(h.send(request(collection(next.syncKey(), inbox, true, MONTH)), SyncHarness.V14_1).kind())
                .as("nothing more to send").isEqualTo(org.pushbox.server.http.CommandResponse.Kind.EMPTY);
    }

    @Test
    void conversationModeOnOtherClassesIsStatus4AndBefore14ItIsIgnored() throws Exception {
        Folder contacts = h.folder(FolderType.CONTACTS);
        SyncResponse.CollectionResponse refused = only(h.sync(request(collection("0", contacts, true, null))));
        assertThat(refused.status()).isEqualTo(SyncStatus.PROTOCOL_ERROR);
        assertThat(refused.syncKey()).isNull();

        mail("old A", 40, A);
        mail("new A", 1, A);
        for (ProtocolVersion old : List.of(ProtocolVersion.V12_1)) {
            SyncResponse.CollectionResponse zero = only(SyncHarness.decode(h.send(request(
                    collection("0", contacts, true, null)), SyncHarness.V14_1, old, h.phone), old));
            assertThat(zero.status()).as("contacts in " + old).isEqualTo(SyncStatus.SUCCESS);
            only(SyncHarness.decode(h.send(request(collection("0", inbox, true, MONTH)), SyncHarness.V14_1, old,
                    h.phone), old));
            SyncResponse.CollectionResponse mail = only(SyncHarness.decode(h.send(request(
                    collection("1", inbox, true, MONTH)), SyncHarness.V14_1, old, h.phone), old));
            assertThat(mail.commands()).as("only the date window in " + old).hasSize(1);
        }
    }

    @Test
    void maxItemsIsStatus4SincePushboxKeepsNoRecipientCache() throws Exception {
        SyncOptions withMaxItems = new SyncOptions(null, FilterType.ONE_MONTH, List.of(), List.of(), null, null,
                null, 50, null);
        for (Folder folder : List.of(inbox, h.folder(FolderType.CONTACTS))) {
            SyncResponse.CollectionResponse c = only(h.sync(request(collection("0", folder, false, withMaxItems))));
            assertThat(c.status()).as(folder.displayName()).isEqualTo(SyncStatus.PROTOCOL_ERROR);
        }
        assertThat(only(h.sync(request(collection("0", inbox, false, MONTH)))).status())
                .isEqualTo(SyncStatus.SUCCESS);
    }
}
