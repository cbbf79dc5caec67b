package org.pushbox.server.pim.imip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
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
import org.pushbox.storage.api.MeetingRequestProperty;
import org.pushbox.storage.api.PropertyMap;

/** iMIP messages delivered through {@link MailDelivery} into a real H2 store, checked in Inbox and Calendar. */
class ImipDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;
    private CommandFixture fx;
    private MailDelivery delivery;
    private Folder inbox;
    private Folder calendar;
    private final AtomicInteger files = new AtomicInteger();

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir.resolve("store"));
        delivery = new MailDelivery(fx.store(), Clock.fixed(NOW, ZoneOffset.UTC));
        long account = fx.account().id();
        inbox = fx.store().folders().findByType(account, FolderType.INBOX).orElseThrow();
        calendar = fx.store().folders().findByType(account, FolderType.CALENDAR).orElseThrow();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Item deliver(byte[] message) throws Exception {
        Path file = dir.resolve("m" + files.incrementAndGet() + ".eml");
        Files.write(file, message);
        Account account = fx.account();
        assertThat(delivery.deliver(file, List.of(account))).containsValue(MailDelivery.Outcome.DELIVERED);
        List<Long> ids = fx.store().items().ids(inbox.id(), ItemFilter.ALL);
        return fx.store().items().get(ids.get(ids.size() - 1)).orElseThrow();
    }

    private List<Item> events() {
        return fx.store().items().getAll(fx.store().items().ids(calendar.id(), ItemFilter.ALL));
    }

    private static byte[] request(int sequence, String dtStamp, String start, String summary) {
        return Ics.mail("carla@partner.example", "bob@example.org", summary,
                Ics.request(sequence, dtStamp, start, summary));
    }

    @Test
    void outlookRequestBecomesMeetingMailAndTentativeCalendarItem() throws Exception {
        Item mail = deliver(Ics.resource("outlook-recurring-request.eml"));
        PropertyMap p = mail.properties();
        assertThat(p.text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Request");
        PropertyMap mr = p.group(EmailProperty.MEETING_REQUEST);
        assertThat(mr.time(MeetingRequestProperty.START_TIME)).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(mr.time(MeetingRequestProperty.END_TIME)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(mr.time(MeetingRequestProperty.DT_STAMP)).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(mr.text(MeetingRequestProperty.ORGANIZER)).isEqualTo("\"Carla Organizer\" <carla@partner.example>");
        assertThat(mr.text(MeetingRequestProperty.LOCATION)).isEqualTo("Room 4.12");
        assertThat(mr.integer(MeetingRequestProperty.INSTANCE_TYPE)).isEqualTo(1);
        assertThat(mr.integer(MeetingRequestProperty.REMINDER)).isEqualTo(900);
        assertThat(mr.integer(MeetingRequestProperty.BUSY_STATUS)).isEqualTo(2);
        assertThat(mr.integer(MeetingRequestProperty.MEETING_MESSAGE_TYPE)).isEqualTo(1);
        assertThat(mr.bool(MeetingRequestProperty.RESPONSE_REQUESTED)).isTrue();
        assertThat(mr.groups(MeetingRequestProperty.RECURRENCES)).hasSize(1);
        assertThat(mr.text(MeetingRequestProperty.UID)).startsWith("040000008200E00074C5B7101A82E008");
        TimeZoneInformation tz = TimeZoneInformation.parse(mr.get(MeetingRequestProperty.TIME_ZONE).map(v ->
                ((org.pushbox.storage.api.PropertyValue.Bytes) v).value()).orElseThrow());
        assertThat(tz.bias()).isEqualTo(-60);
        assertThat(tz.observesDaylightTime()).isTrue();
        assertThat(tz).isEqualTo(TimeZoneInformation.forZone(java.time.ZoneId.of("Europe/Berlin"), 2026));

        assertThat(events()).singleElement().satisfies(e -> {
            PropertyMap ev = e.properties();
            assertThat(ev.text(EventProperty.UID)).isEqualTo(mr.text(MeetingRequestProperty.UID));
            assertThat(ev.integer(EventProperty.BUSY_STATUS)).isEqualTo(1);
            assertThat(ev.integer(EventProperty.MEETING_STATUS)).isEqualTo(3);
            assertThat(ev.integer(EventProperty.RESPONSE_TYPE)).isEqualTo(5);
            assertThat(ev.text(EventProperty.SUBJECT)).isEqualTo("Weekly planning");
            assertThat(ev.text(EventProperty.ORGANIZER_EMAIL)).isEqualTo("carla@partner.example");
            assertThat(ev.integer(EventProperty.REMINDER)).isEqualTo(15);
            assertThat(ev.groups(EventProperty.ATTENDEES)).extracting(a -> a.text(AttendeeProperty.EMAIL))
                    .containsExactly("bob@example.org", "dave@partner.example");
            assertThat(ev.groups(EventProperty.ATTENDEES)).extracting(a -> a.integer(AttendeeProperty.STATUS))
                    .containsOnly(5L);
            assertThat(ev.group(EventProperty.RECURRENCE)).isNotNull();
        });
    }

    @Test
    void laterSequenceUpdatesTheSameItemAndOlderOnesAreOutdated() throws Exception {
        deliver(request(1, "20261120T080000Z", "20261201T090000Z", "First"));
        long id = events().get(0).id();

        Item update = deliver(request(2, "20261121T080000Z", "20261202T090000Z", "Moved"));
        assertThat(update.properties().group(EmailProperty.MEETING_REQUEST)
                .integer(MeetingRequestProperty.MEETING_MESSAGE_TYPE)).isEqualTo(2);
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.properties().text(EventProperty.SUBJECT)).isEqualTo("Moved");
            assertThat(e.properties().time(EventProperty.START_TIME)).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
            assertThat(e.properties().integer(MeetingProperty.SEQUENCE)).isEqualTo(2);
        });

        Item stale = deliver(request(1, "20261122T080000Z", "20261205T090000Z", "Stale"));
        assertThat(stale.properties().group(EmailProperty.MEETING_REQUEST)
                .integer(MeetingRequestProperty.MEETING_MESSAGE_TYPE)).isEqualTo(4);
        assertThat(events()).singleElement()
                .satisfies(e -> assertThat(e.properties().text(EventProperty.SUBJECT)).isEqualTo("Moved"));

        // Same SEQUENCE, later DTSTAMP: a newer version of the same revision.
        deliver(request(2, "20261123T080000Z", "20261202T090000Z", "Renamed"));
        assertThat(events()).singleElement()
                .satisfies(e -> assertThat(e.properties().text(EventProperty.SUBJECT)).isEqualTo("Renamed"));
    }

    @Test
    void cancelMarksTheItemCancelledAndFree() throws Exception {
        deliver(request(0, "20261120T080000Z", "20261201T090000Z", "Doomed"));
        Item cancel = deliver(Ics.mail("carla@partner.example", "bob@example.org", "Canceled: Doomed",
                Ics.calendar("CANCEL", "UID:" + Ics.UID, "SEQUENCE:1", "DTSTAMP:20261121T080000Z",
                        "DTSTART:20261201T090000Z", "STATUS:CANCELLED", "ORGANIZER:mailto:carla@partner.example",
                        "ATTENDEE:mailto:bob@example.org")));
        assertThat(cancel.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Canceled");
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.properties().integer(EventProperty.MEETING_STATUS)).isEqualTo(7);
            assertThat(e.properties().integer(EventProperty.BUSY_STATUS)).isZero();
        });
    }

    @Test
    void cancelOfOneOccurrenceDeletesThatOccurrence() throws Exception {
        deliver(Ics.mail("carla@partner.example", "bob@example.org", "Daily", Ics.calendar("REQUEST",
                "UID:" + Ics.UID, "SEQUENCE:0", "DTSTAMP:20261120T080000Z", "DTSTART:20261201T090000Z",
                "DTEND:20261201T093000Z", "RRULE:FREQ=DAILY;COUNT=5", "SUMMARY:Daily",
                "ORGANIZER:mailto:carla@partner.example", "ATTENDEE:mailto:bob@example.org")));
        deliver(Ics.mail("carla@partner.example", "bob@example.org", "Canceled: Daily", Ics.calendar("CANCEL",
                "UID:" + Ics.UID, "SEQUENCE:1", "DTSTAMP:20261121T080000Z", "RECURRENCE-ID:20261203T090000Z",
                "DTSTART:20261203T090000Z", "ORGANIZER:mailto:carla@partner.example",
                "ATTENDEE:mailto:bob@example.org")));
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.properties().integer(EventProperty.MEETING_STATUS)).isEqualTo(3);
            assertThat(e.properties().groups(EventProperty.EXCEPTIONS)).singleElement().satisfies(x -> {
                assertThat(x.bool(EventExceptionProperty.DELETED)).isTrue();
                assertThat(x.time(EventExceptionProperty.EXCEPTION_START_TIME))
                        .isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
            });
        });
    }

    @Test
    void replyUpdatesTheOrganizersAttendeeStatus() throws Exception {
        PropertyMap organized = PropertyMap.builder().text(EventProperty.UID, Ics.UID)
                .text(EventProperty.SUBJECT, "Bob's meeting").integer(EventProperty.MEETING_STATUS, 1)
                .time(EventProperty.START_TIME, Instant.parse("2026-12-01T09:00:00Z"))
                .groups(EventProperty.ATTENDEES, List.of(MeetingContent.attendee("carla@partner.example", "Carla", 5, 1)))
                .build();
        fx.store().items().add(calendar.id(), ItemContent.of(ItemClass.EVENT, organized));
        Item reply = deliver(Ics.mail("carla@partner.example", "bob@example.org", "Accepted: Bob's meeting",
                Ics.calendar("REPLY", "UID:" + Ics.UID, "SEQUENCE:0", "DTSTAMP:20261121T080000Z",
                        "ORGANIZER:mailto:bob@example.org", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:Carla@partner.example")));
        assertThat(reply.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Resp.Pos");
        assertThat(events()).singleElement().satisfies(e -> assertThat(e.properties().groups(EventProperty.ATTENDEES))
                .singleElement().satisfies(a -> assertThat(a.integer(AttendeeProperty.STATUS)).isEqualTo(3)));
    }

    @Test
    void ordinaryCalendarAttachmentWithoutMethodStaysOrdinaryMail() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:y\r\n"
                + "DTSTAMP:20261121T080000Z\r\nDTSTART:20261201T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Item mail = deliver(Ics.mail("carla@partner.example", "bob@example.org", "FYI", ics));
        assertThat(mail.properties().text(EmailProperty.MESSAGE_CLASS)).isEqualTo("IPM.Note");
        assertThat(mail.properties().group(EmailProperty.MEETING_REQUEST)).isNull();
        assertThat(events()).isEmpty();
    }

    @Test
    void aRetriedDeliveryDoesNotApplyTheMeetingTwice() throws Exception {
        byte[] message = request(0, "20261120T080000Z", "20261201T090000Z", "Once");
        deliver(message);
        Path again = dir.resolve("again.eml");
        Files.write(again, message);
        assertThat(delivery.deliver(again, List.of(fx.account()))).containsValue(MailDelivery.Outcome.ALREADY_DELIVERED);
        assertThat(events()).hasSize(1);
        assertThat(fx.store().items().count(inbox.id())).isEqualTo(1);
    }
}
