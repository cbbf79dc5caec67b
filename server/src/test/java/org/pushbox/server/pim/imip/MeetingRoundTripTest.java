package org.pushbox.server.pim.imip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseCodec;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseResponse;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseStatus;
import org.pushbox.protocol.command.meetingresponse.UserResponse;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.xml.WbxmlXml;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.command.meetingresponse.MeetingResponseProcessor;
import org.pushbox.server.command.sync.SyncProcessor;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.out.Outbox;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * A meeting between two local accounts through the real Outbox (local delivery, no relay): Bob's 16.1 phone
 * creates it, the server invites Carla; Carla accepts with SendResponse and Bob's calendar records it; Bob
 * moves it and deletes it, and Carla's calendar follows. A repeated Sync sends nothing twice.
 */
class MeetingRoundTripTest {

    private static final ProtocolVersion V16 = ProtocolVersion.V16_1;

    @TempDir
    Path dir;
    private CommandFixture fx;
    private Outbox outbox;
    private SyncProcessor sync;
    private Account carla;
    private Folder bobCalendar;

    @BeforeEach
    void open() throws Exception {
        fx = new CommandFixture(dir);
        Clock clock = Clock.systemUTC();
        carla = fx.store().accounts().create(new NewAccount("carla", "secret-2", "Carla Çelik",
                List.of("carla@example.org"), PropertyMap.EMPTY));
        RelaySettings noRelay = new RelaySettings(Optional.empty(), 25, RelaySettings.Security.NONE, Optional.empty(),
                "pushbox.test", Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofHours(1), 10_000_000);
        outbox = Outbox.start(fx.store(), new MailDelivery(fx.store(), clock), noRelay, clock);
        sync = new SyncProcessor(fx.store(), LocalChangeNotifier.attach(fx.store()), Runnable::run, clock,
                new OrganizerInvitations(fx.store(), outbox, clock));
        bobCalendar = folder(fx.account(), FolderType.CALENDAR);
    }

    @AfterEach
    void close() {
        outbox.close();
        fx.close();
    }

    private Folder folder(Account account, FolderType type) {
        return fx.store().folders().findByType(account.id(), type).orElseThrow();
    }

    private List<Item> items(Account account, FolderType type) {
        return fx.store().items().getAll(fx.store().items().ids(folder(account, type).id(), ItemFilter.ALL));
    }

    private SyncResponse.CollectionResponse bobSync(String key, String commands) throws Exception {
        String xml = "<Sync xmlns=\"AirSync\" xmlns:calendar=\"Calendar\"><Collections><Collection><SyncKey>" + key
                + "</SyncKey><CollectionId>" + bobCalendar.id() + "</CollectionId>" + commands
                + "</Collection></Collections></Sync>";
        return SyncCodec.decodeResponse(CommandFixture.document(fx.run(sync, EasCommand.SYNC, V16, "BOBPHONE",
                WbxmlXml.fromXml(xml))), V16).collections().get(0);
    }

    private static final String MEETING = "<calendar:Subject>Budget</calendar:Subject>"
            + "<calendar:StartTime>20261210T090000Z</calendar:StartTime>"
            + "<calendar:EndTime>20261210T100000Z</calendar:EndTime><calendar:MeetingStatus>1</calendar:MeetingStatus>"
            + "<calendar:Attendees><calendar:Attendee><calendar:Email>carla@example.org</calendar:Email>"
            + "<calendar:Name>Carla</calendar:Name><calendar:AttendeeType>1</calendar:AttendeeType>"
            + "</calendar:Attendee></calendar:Attendees>";

    @Test
    void inviteAcceptMoveAndCancelBetweenTwoLocalAccounts() throws Exception {
        String key = bobSync("0", "").syncKey();
        String add = "<Commands><Add><ClientId>m1</ClientId><ApplicationData>" + MEETING
                + "</ApplicationData></Add></Commands>";
        SyncResponse.CollectionResponse added = bobSync(key, add);
        String serverId = ((SyncResponse.AddResult) added.responses().get(0)).serverId();
        // The answer was lost: the same request again adds nothing and sends nothing.
        bobSync(key, add);

        PropertyMap bobs = fx.store().items().get(Long.parseLong(serverId)).orElseThrow().properties();
        String uid = bobs.text(EventProperty.UID);
        assertThat(uid).isNotBlank();
        assertThat(bobs.text(EventProperty.ORGANIZER_EMAIL)).isEqualTo(CommandFixture.ADDRESS);
        assertThat(items(carla, FolderType.INBOX)).singleElement().satisfies(m -> {
            assertThat(m.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Request");
            assertThat(m.properties().text(EmailProperty.SUBJECT)).isEqualTo("Budget");
        });
        Item carlas = items(carla, FolderType.CALENDAR).get(0);
        assertThat(carlas.properties().text(EventProperty.UID)).isEqualTo(uid);
        assertThat(carlas.properties().integer(EventProperty.MEETING_STATUS)).isEqualTo(3);
        assertThat(carlas.properties().text(EventProperty.ORGANIZER_EMAIL)).isEqualTo(CommandFixture.ADDRESS);

        // Carla accepts from her 16.1 phone, asking the server to answer.
        Item request = items(carla, FolderType.INBOX).get(0);
        EasRequest asCarla = EasRequest.builder(EasCommand.MEETING_RESPONSE, V16, "CARLAPHONE", "iPhone").build();
        MeetingResponseRequest accept = new MeetingResponseRequest(List.of(new MeetingResponseRequest.Request(
                UserResponse.ACCEPTED, Long.toString(request.folderId()), Long.toString(request.id()), null, null,
                new MeetingResponseRequest.SendResponse(null, null, null))));
        MeetingResponseResponse answered = MeetingResponseCodec.decodeResponse(CommandFixture.document(
                fx.runAs(carla, new MeetingResponseProcessor(fx.store(), outbox, Clock.systemUTC()), asCarla,
                        MeetingResponseCodec.encodeRequest(accept, V16))), V16);
        assertThat(answered.results().get(0).status()).isEqualTo(MeetingResponseStatus.SUCCESS);
        assertThat(items(fx.account(), FolderType.INBOX)).singleElement().satisfies(m -> assertThat(
                m.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Resp.Pos"));
        PropertyMap afterReply = fx.store().items().get(Long.parseLong(serverId)).orElseThrow().properties();
        assertThat(afterReply.groups(EventProperty.ATTENDEES)).singleElement()
                .satisfies(a -> assertThat(a.integer(AttendeeProperty.STATUS)).isEqualTo(3));

        // Bob moves the meeting: Carla gets an update with a higher SEQUENCE, her item follows.
        key = bobSync(key, "").syncKey();
        key = bobSync(key, "<Commands><Change><ServerId>" + serverId + "</ServerId><ApplicationData>"
                + "<calendar:StartTime>20261211T090000Z</calendar:StartTime>"
                + "<calendar:EndTime>20261211T100000Z</calendar:EndTime></ApplicationData></Change></Commands>")
                .syncKey();
        // (The first request went to Deleted Items when Carla answered it.)
        assertThat(items(carla, FolderType.INBOX)).singleElement().satisfies(m -> assertThat(m.properties()
                .group(EmailProperty.MEETING_REQUEST).integer(org.pushbox.storage.api.MeetingRequestProperty
                        .MEETING_MESSAGE_TYPE)).isEqualTo(2));
        Item moved = items(carla, FolderType.CALENDAR).get(0);
        assertThat(moved.id()).isEqualTo(carlas.id());
        assertThat(moved.properties().time(EventProperty.START_TIME)).isEqualTo(Instant.parse("2026-12-11T09:00:00Z"));
        assertThat(moved.properties().integer(MeetingProperty.SEQUENCE)).isEqualTo(1);

        // Bob deletes it: Carla's item is marked cancelled.
        key = bobSync(key, "").syncKey();
        bobSync(key, "<Commands><Delete><ServerId>" + serverId + "</ServerId></Delete></Commands>");
        assertThat(items(carla, FolderType.INBOX)).hasSize(2).last().satisfies(m -> assertThat(
                m.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Canceled"));
        assertThat(items(carla, FolderType.CALENDAR).get(0).properties().integer(EventProperty.MEETING_STATUS))
                .isEqualTo(7);
    }

    @Test
    void olderDevicesSendTheirOwnInvitations() throws Exception {
        String xml14 = "<Sync xmlns=\"AirSync\" xmlns:calendar=\"Calendar\"><Collections><Collection><SyncKey>%s"
                + "</SyncKey><CollectionId>" + bobCalendar.id() + "</CollectionId>%s</Collection></Collections></Sync>";
        var v14 = ProtocolVersion.V14_1;
        String key = SyncCodec.decodeResponse(CommandFixture.document(fx.run(sync, EasCommand.SYNC, v14, "OLDPHONE",
                WbxmlXml.fromXml(xml14.formatted("0", "")))), v14).collections().get(0).syncKey();
        fx.run(sync, EasCommand.SYNC, v14, "OLDPHONE", WbxmlXml.fromXml(xml14.formatted(key,
                "<Commands><Add><ClientId>o1</ClientId><ApplicationData>" + MEETING.replace("20261210T", "20261212T")
                        + "</ApplicationData></Add></Commands>")));
        assertThat(items(fx.account(), FolderType.CALENDAR)).hasSize(1);
        assertThat(items(carla, FolderType.INBOX)).isEmpty();
    }

    @Test
    void aProposedNewTimeReachesTheOrganizerAsATentativeCounter() throws Exception {
        String key = bobSync("0", "").syncKey();
        SyncResponse.CollectionResponse added = bobSync(key, "<Commands><Add><ClientId>p1</ClientId><ApplicationData>"
                + MEETING + "</ApplicationData></Add></Commands>");
        long bobsId = Long.parseLong(((SyncResponse.AddResult) added.responses().get(0)).serverId());
        Item request = items(carla, FolderType.INBOX).get(0);
        Instant start = Instant.parse("2026-12-10T14:00:00Z");
        Instant end = Instant.parse("2026-12-10T15:00:00Z");
        EasRequest asCarla = EasRequest.builder(EasCommand.MEETING_RESPONSE, V16, "CARLAPHONE", "iPhone").build();
        MeetingResponseRequest propose = new MeetingResponseRequest(List.of(new MeetingResponseRequest.Request(
                UserResponse.TENTATIVE, Long.toString(request.folderId()), Long.toString(request.id()), null, null,
                new MeetingResponseRequest.SendResponse(null, start, end))));
        MeetingResponseResponse answered = MeetingResponseCodec.decodeResponse(CommandFixture.document(
                fx.runAs(carla, new MeetingResponseProcessor(fx.store(), outbox, Clock.systemUTC()), asCarla,
                        MeetingResponseCodec.encodeRequest(propose, V16))), V16);
        assertThat(answered.results().get(0).status()).isEqualTo(MeetingResponseStatus.SUCCESS);
        assertThat(items(carla, FolderType.CALENDAR).get(0).properties().integer(EventProperty.RESPONSE_TYPE))
                .isEqualTo(2);
        assertThat(items(fx.account(), FolderType.INBOX)).singleElement().satisfies(m -> {
            assertThat(m.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Resp.Tent");
            assertThat(m.properties().text(EmailProperty.SUBJECT)).isEqualTo("New Time Proposed: Budget");
            PropertyMap mr = m.properties().group(EmailProperty.MEETING_REQUEST);
            assertThat(mr.time(MeetingProperty.PROPOSED_START_TIME)).isEqualTo(start);
            assertThat(mr.time(MeetingProperty.PROPOSED_END_TIME)).isEqualTo(end);
        });
        // A proposal is not an answer: the organizer's meeting keeps its time.
        assertThat(fx.store().items().get(bobsId).orElseThrow().properties().time(EventProperty.START_TIME))
                .isEqualTo(Instant.parse("2026-12-10T09:00:00Z"));
    }
}
