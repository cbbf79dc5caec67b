package org.pushbox.server.command.meetingresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseCodec;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseResponse;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseStatus;
import org.pushbox.protocol.command.meetingresponse.UserResponse;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventExceptionProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.PropertyMap;

/** MeetingResponse on invitations delivered into a real H2 store, without sending (before 16.0). */
class MeetingResponseProcessorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final String UID = "weekly-7@partner.example";

    @TempDir
    Path dir;
    private CommandFixture fx;
    private Folder inbox;
    private Folder calendar;
    private Folder trash;
    private int files;

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir.resolve("store"));
        long account = fx.account().id();
        inbox = fx.store().folders().findByType(account, FolderType.INBOX).orElseThrow();
        calendar = fx.store().folders().findByType(account, FolderType.CALENDAR).orElseThrow();
        trash = fx.store().folders().findByType(account, FolderType.DELETED_ITEMS).orElseThrow();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** An invitation from Carla to Bob, recurring when {@code rrule} is given, delivered into Bob's Inbox. */
    static byte[] invitation(String rrule) {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//test//test//EN", "VERSION:2.0",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + UID, "SEQUENCE:3", "DTSTAMP:20261120T080000Z",
                "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z", "SUMMARY:Planning",
                rrule == null ? "LOCATION:Room 1" : "RRULE:" + rrule,
                "ORGANIZER;CN=Carla:mailto:carla@partner.example",
                "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bob:mailto:robert@example.org", "END:VEVENT",
                "END:VCALENDAR", "");
        String mail = "From: carla@partner.example\r\nTo: robert@example.org\r\nSubject: Planning\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n\r\n" + ics;
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    private Item deliver(byte[] message) throws Exception {
        Path file = dir.resolve("m" + ++files + ".eml");
        Files.write(file, message);
        new MailDelivery(fx.store(), Clock.fixed(NOW, ZoneOffset.UTC)).deliver(file, List.of(fx.account()));
        List<Long> ids = fx.store().items().ids(inbox.id(), ItemFilter.ALL);
        return fx.store().items().get(ids.get(ids.size() - 1)).orElseThrow();
    }

    private List<Item> events() {
        return fx.store().items().getAll(fx.store().items().ids(calendar.id(), ItemFilter.ALL));
    }

    private MeetingResponseResponse respond(ProtocolVersion version, MeetingResponseRequest.Request... requests)
            throws Exception {
        MeetingResponseProcessor processor = new MeetingResponseProcessor(fx.store(), null,
                Clock.fixed(NOW, ZoneOffset.UTC));
        return MeetingResponseCodec.decodeResponse(CommandFixture.document(fx.run(processor,
                EasCommand.MEETING_RESPONSE, version, "PHONE",
                MeetingResponseCodec.encodeRequest(new MeetingResponseRequest(List.of(requests)), version))), version);
    }

    private static MeetingResponseRequest.Request answer(UserResponse response, Folder folder, Item item,
            Instant instance) {
        return new MeetingResponseRequest.Request(response, Long.toString(folder.id()), Long.toString(item.id()),
                null, instance, null);
    }

    @Test
    void acceptOnTheRequestMailUpdatesTheItemAndMovesTheMailToDeletedItems() throws Exception {
        Item mail = deliver(invitation(null));
        long eventId = events().get(0).id();
        MeetingResponseResponse r = respond(ProtocolVersion.V14_1, answer(UserResponse.ACCEPTED, inbox, mail, null));
        assertThat(r.results()).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(MeetingResponseStatus.SUCCESS);
            assertThat(x.calendarId()).isEqualTo(Long.toString(eventId));
            assertThat(x.requestId()).isEqualTo(Long.toString(mail.id()));
        });
        PropertyMap event = events().get(0).properties();
        assertThat(event.integer(EventProperty.RESPONSE_TYPE)).isEqualTo(3);
        assertThat(event.integer(EventProperty.BUSY_STATUS)).isEqualTo(2);
        assertThat(event.time(EventProperty.APPOINTMENT_REPLY_TIME)).isEqualTo(NOW);
        assertThat(event.groups(EventProperty.ATTENDEES)).singleElement()
                .satisfies(a -> assertThat(a.integer(AttendeeProperty.STATUS)).isEqualTo(3));
        assertThat(fx.store().items().get(mail.id()).orElseThrow().folderId()).isEqualTo(trash.id());

        // The mail has left the Inbox: a repeated request names nothing any more.
        assertThat(respond(ProtocolVersion.V14_1, answer(UserResponse.ACCEPTED, inbox, mail, null)).results().get(0)
                .status()).isEqualTo(MeetingResponseStatus.INVALID_MEETING_REQUEST);
    }

    @Test
    void tentativeOnTheCalendarItemIn141() throws Exception {
        deliver(invitation(null));
        Item event = events().get(0);
        MeetingResponseResponse r = respond(ProtocolVersion.V14_1, answer(UserResponse.TENTATIVE, calendar, event, null));
        assertThat(r.results().get(0).status()).isEqualTo(MeetingResponseStatus.SUCCESS);
        assertThat(r.results().get(0).calendarId()).isEqualTo(Long.toString(event.id()));
        assertThat(events().get(0).properties().integer(EventProperty.RESPONSE_TYPE)).isEqualTo(2);
        assertThat(events().get(0).properties().integer(EventProperty.BUSY_STATUS)).isEqualTo(1);
        // Answering the calendar item leaves the request mail where it is.
        assertThat(fx.store().items().count(inbox.id())).isEqualTo(1);
        // A calendar item is not a valid target before 14.1.
        assertThat(respond(ProtocolVersion.V14_0, answer(UserResponse.TENTATIVE, calendar, event, null)).results()
                .get(0).status()).isEqualTo(MeetingResponseStatus.INVALID_MEETING_REQUEST);
    }

    @Test
    void declineRemovesTheMeetingAndAnswersWithoutCalendarId() throws Exception {
        Item mail = deliver(invitation(null));
        MeetingResponseResponse r = respond(ProtocolVersion.V14_1, answer(UserResponse.DECLINED, inbox, mail, null));
        assertThat(r.results().get(0).status()).isEqualTo(MeetingResponseStatus.SUCCESS);
        assertThat(r.results().get(0).calendarId()).isNull();
        assertThat(events()).isEmpty();
    }

    @Test
    void acceptAfterTheUserDeletedTheItemRecreatesItFromTheInvitation() throws Exception {
        Item mail = deliver(invitation(null));
        fx.store().items().delete(events().get(0).id());
        MeetingResponseResponse r = respond(ProtocolVersion.V14_1, answer(UserResponse.ACCEPTED, inbox, mail, null));
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(r.results().get(0).calendarId()).isEqualTo(Long.toString(e.id()));
            assertThat(e.properties().text(EventProperty.UID)).isEqualTo(UID);
            assertThat(e.properties().text(EventProperty.LOCATION)).isEqualTo("Room 1");
            assertThat(e.properties().integer(EventProperty.RESPONSE_TYPE)).isEqualTo(3);
        });
    }

    @Test
    void oneOccurrenceOfASeries() throws Exception {
        deliver(invitation("FREQ=DAILY;COUNT=5"));
        Item event = events().get(0);
        Instant third = Instant.parse("2026-12-03T09:00:00Z");
        Instant fourth = Instant.parse("2026-12-04T09:00:00Z");
        MeetingResponseResponse r = respond(ProtocolVersion.V14_1, answer(UserResponse.TENTATIVE, calendar, event, third),
                answer(UserResponse.DECLINED, calendar, event, fourth));
        assertThat(r.results()).extracting(MeetingResponseResponse.Result::status)
                .containsExactly(MeetingResponseStatus.SUCCESS, MeetingResponseStatus.SUCCESS);
        assertThat(r.results().get(0).calendarId()).isEqualTo(Long.toString(event.id()));
        List<PropertyMap> exceptions = events().get(0).properties().groups(EventProperty.EXCEPTIONS);
        assertThat(exceptions).hasSize(2);
        assertThat(exceptions.get(0).time(EventExceptionProperty.EXCEPTION_START_TIME)).isEqualTo(third);
        assertThat(exceptions.get(0).integer(EventExceptionProperty.RESPONSE_TYPE)).isEqualTo(2);
        assertThat(exceptions.get(1).time(EventExceptionProperty.EXCEPTION_START_TIME)).isEqualTo(fourth);
        assertThat(exceptions.get(1).bool(EventExceptionProperty.DELETED)).isTrue();
        // The series itself is still unanswered.
        assertThat(events().get(0).properties().integer(EventProperty.RESPONSE_TYPE)).isEqualTo(5);
    }

    @Test
    void refusals() throws Exception {
        Item meeting = deliver(invitation(null));
        Item plain = fx.store().items().add(inbox.id(), ItemContent.of(ItemClass.EMAIL, PropertyMap.builder()
                .text(EmailProperty.SUBJECT, "hi").text(EmailProperty.MESSAGE_CLASS, "IPM.Note").build()));
        MeetingResponseResponse r = respond(ProtocolVersion.V14_1,
                answer(UserResponse.ACCEPTED, inbox, plain, null),
                answer(UserResponse.ACCEPTED, inbox, meeting, Instant.parse("2026-12-01T09:00:00Z")),
                new MeetingResponseRequest.Request(UserResponse.ACCEPTED, "999999", Long.toString(meeting.id()), null,
                        null, null),
                new MeetingResponseRequest.Request(UserResponse.ACCEPTED, null, null, "5:1", null, null),
                answer(UserResponse.ACCEPTED, calendar, meeting, null));
        assertThat(r.results()).extracting(MeetingResponseResponse.Result::status).containsExactly(
                MeetingResponseStatus.INVALID_MEETING_REQUEST, CommonStatus.NO_RECURRENCE_IN_CALENDAR,
                MeetingResponseStatus.INVALID_MEETING_REQUEST, MeetingResponseStatus.INVALID_MEETING_REQUEST,
                MeetingResponseStatus.INVALID_MEETING_REQUEST);
        assertThat(r.results()).extracting(MeetingResponseResponse.Result::calendarId).containsOnlyNulls();
        // Nothing changed.
        assertThat(events().get(0).properties().integer(EventProperty.RESPONSE_TYPE)).isEqualTo(5);
        assertThat(fx.store().items().count(inbox.id())).isEqualTo(2);
    }

    @Test
    void sendResponseWithoutAMailPathIsAServerErrorAndChangesNothing() throws Exception {
        Item mail = deliver(invitation(null));
        MeetingResponseResponse r = respond(ProtocolVersion.V16_1, new MeetingResponseRequest.Request(
                UserResponse.ACCEPTED, Long.toString(inbox.id()), Long.toString(mail.id()), null, null,
                new MeetingResponseRequest.SendResponse(null, null, null)));
        assertThat(r.results().get(0).status()).isEqualTo(MeetingResponseStatus.SERVER_ERROR);
        assertThat(events().get(0).properties().integer(EventProperty.RESPONSE_TYPE)).isEqualTo(5);
        assertThat(fx.store().items().get(mail.id()).orElseThrow().folderId()).isEqualTo(inbox.id());
    }
}
