package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.sync.SyncHarness.collection;
import static org.pushbox.server.command.sync.SyncHarness.only;
import static org.pushbox.server.command.sync.SyncHarness.request;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateCodec;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateRequest;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateResponse;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateStatus;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.server.command.getitemestimate.GetItemEstimateProcessor;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.RequestBody;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StorageConfig;

/** GetItemEstimate on H2: the count the next Sync would bring, in both request forms, without advancing. */
class GetItemEstimateTest {

    @TempDir
    Path dir;

    MailboxStore store;
    SyncHarness h;
    Folder inbox;
    GetItemEstimateProcessor processor;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        h = new SyncHarness(store);
        inbox = h.folder(FolderType.INBOX);
        processor = new GetItemEstimateProcessor(store, Clock.fixed(h.now, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    GetItemEstimateResponse estimate(ProtocolVersion version, String key, Folder folder, FilterType filter)
            throws Exception {
        return estimate(version, key, folder, filter, false, null);
    }

    GetItemEstimateResponse estimate(ProtocolVersion version, String key, Folder folder, FilterType filter,
            boolean conversations, Integer maxItems) throws Exception {
        return estimate(version, version, key, folder, filter, conversations, maxItems);
    }

    /** {@code encoded}: the version the body is encoded for (a newer one imitates a client mixing in newer elements). */
    GetItemEstimateResponse estimate(ProtocolVersion version, ProtocolVersion encoded, String key, Folder folder,
            FilterType filter, boolean conversations, Integer maxItems) throws Exception {
        GetItemEstimateRequest request = new GetItemEstimateRequest(List.of(new GetItemEstimateRequest.Collection(key,
                Long.toString(folder.id()), conversations, List.of(new GetItemEstimateRequest.Options(
                        version == ProtocolVersion.V12_1 ? org.pushbox.protocol.command.ItemClass.EMAIL : null,
                        filter, maxItems)))));
        RequestBody body = new RequestBody.Wbxml(Wbxml.decode(Wbxml.encode(
                GetItemEstimateCodec.encodeRequest(request, encoded))));
        EasRequest line = EasRequest.builder(EasCommand.GET_ITEM_ESTIMATE, version, h.phone.deviceId(), "iPhone").build();
        var response = processor.process(new CommandContext(line, h.anna, h.phone, body, RequestHeaders.empty(),
                new CompletableFuture<>())).toCompletableFuture().get();
        return GetItemEstimateCodec.decodeResponse(Wbxml.decode(Wbxml.encode(response.document())), version);
    }

    @Test
    void estimatesWhatTheNextSyncBringsWithoutAdvancing() throws Exception {
        for (int i = 0; i < 7; i++) {
            h.mail(inbox, "m" + i, h.now.minus(Duration.ofDays(i)));
        }
        assertThat(estimate(ProtocolVersion.V14_1, "0", inbox, FilterType.ALL).responses().get(0).status())
                .isEqualTo(GetItemEstimateStatus.NOT_PRIMED);
        only(h.sync(request(collection("0", inbox, null, null))));
        for (ProtocolVersion v : List.of(ProtocolVersion.V12_1, ProtocolVersion.V14_1)) {
            assertThat(estimate(v, "1", inbox, FilterType.ALL).responses().get(0).estimate()).isEqualTo(7);
            assertThat(estimate(v, "1", inbox, FilterType.THREE_DAYS).responses().get(0).estimate())
                    .as("received 0, 1, 2 and exactly 3 days ago").isEqualTo(4);
        }
        assertThat(estimate(ProtocolVersion.V14_1, "5", inbox, FilterType.ALL).responses().get(0).status())
                .isEqualTo(GetItemEstimateStatus.INVALID_SYNC_KEY);
        SyncHarness.decode(h.send(request(collection("1", inbox, 5, null)), SyncHarness.V14_1));
        assertThat(estimate(ProtocolVersion.V14_1, "2", inbox, null).responses().get(0).estimate()).isEqualTo(2);
        h.mail(inbox, "late", h.now);
        assertThat(estimate(ProtocolVersion.V14_1, "2", inbox, null).responses().get(0).estimate()).isEqualTo(3);
        assertThat(only(h.sync(request(collection("2", inbox, null, null)))).commands()).hasSize(3);
    }

    @Test
    void conversationModeCountsWholeConversationsAndMaxItemsOrOtherClassesAreRefused() throws Exception {
        byte[] conversation = "conversation-A..".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int days : new int[] {1, 40, 50}) {
            store.items().add(inbox.id(), SyncHarness.mailContent("m" + days, h.now.minus(Duration.ofDays(days)),
                    conversation));
        }
        h.mail(inbox, "alone", h.now.minus(Duration.ofDays(40)));
        only(h.sync(request(collection("0", inbox, null, FilterType.ONE_MONTH))));
        ProtocolVersion v = ProtocolVersion.V14_1;
        assertThat(estimate(v, "1", inbox, FilterType.ONE_MONTH).responses().get(0).estimate()).isEqualTo(1);
        assertThat(estimate(v, "1", inbox, FilterType.ONE_MONTH, true, null).responses().get(0).estimate())
                .as("the two older messages of the conversation too").isEqualTo(3);
        assertThat(estimate(v, "1", inbox, FilterType.ONE_MONTH, false, 10).responses().get(0).status())
                .as("MaxItems outside the Recipient Information Cache").isEqualTo(GetItemEstimateStatus.INVALID_COLLECTION);
        Folder contacts = h.folder(FolderType.CONTACTS);
        only(h.sync(request(collection("0", contacts, null, null))));
        GetItemEstimateResponse notMail = estimate(v, "1", contacts, null, true, null);
        assertThat(notMail.status()).isEqualTo(org.pushbox.protocol.command.CommonStatus.INVALID_XML);
        assertThat(estimate(ProtocolVersion.V12_1, v, "1", contacts, null, true, null).responses().get(0).status())
                .as("ignored before 14.0").isEqualTo(GetItemEstimateStatus.SUCCESS);
    }
}
