package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.server.command.sync.PimRoundTripTest.assertSameProperties;
import static org.pushbox.server.command.sync.PimRoundTripTest.t;
import static org.pushbox.server.command.sync.PimRoundTripTest.viaCodec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.model.Attendee;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.CalendarException;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.DecodeLimits;
import org.pushbox.protocol.model.ElementGroup;
import org.pushbox.protocol.model.EncodeOptions;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.model.Location;
import org.pushbox.protocol.model.Note;
import org.pushbox.protocol.model.Recurrence;
import org.pushbox.protocol.model.Task;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.protocol.model.TimeZones;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StorageConfig;

/**
 * Fidelity of every PIM class through the real Sync path, for every pair of the versions 12.1, 14.1
 * and 16.1: an item added with every property on one device arrives equal, element by element, on a
 * fresh device of the other version (equal "where the protocol allows": what the codec alone makes
 * of the item between the two versions, see {@link PimRoundTripTest#viaCodec}). Then the calendar
 * specifics: recurrence types 0-6, all-day events, the 16.x occurrence commands by InstanceId,
 * 16.x ghosting against ≤14.1 full-item Changes, the location forms, UID and ClientUid.
 */
class PimFidelityTest {

    static final List<ProtocolVersion> VERSIONS = List.of(ProtocolVersion.V12_1, ProtocolVersion.V14_1,
            ProtocolVersion.V16_1);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Decodes one class's ApplicationData. */
    interface Decoder<G> {
        G decode(WbxmlElement applicationData, ProtocolVersion version) throws Exception;
    }

    /** A device of the account speaking one protocol version, with its key for one folder. */
    final class Phone {
        final Device device;
        final ProtocolVersion version;
        final Folder folder;
        final int bodyType;
        String key = "0";

        Phone(ProtocolVersion version, Folder folder, int bodyType) throws Exception {
            this.device = store.devices().register(h.anna.id(), "fid" + (++phones), DeviceInfo.of("Phone", "P/" + version));
            this.version = version;
            this.folder = folder;
            this.bodyType = bodyType;
            sync();
        }

        Phone(ProtocolVersion version, Folder folder) throws Exception {
            this(version, folder, Body.PLAIN_TEXT);
        }

        SyncResponse.CollectionResponse sync(SyncRequest.ClientCommand... commands) throws Exception {
            SyncOptions options = new SyncOptions(null, null, List.of(new BodyPreference(bodyType, null, null, null)),
                    List.of(), null, null, null, null, null);
            SyncRequest.Collection c = new SyncRequest.Collection(key, Long.toString(folder.id()), null, null, null,
                    key.equals("0") ? null : true, null, false, List.of(options), List.of(commands));
            SyncResponse response = SyncHarness.decode(h.send(SyncHarness.request(c), version, device), version);
            if (response == null) {
                return null;
            }
            SyncResponse.CollectionResponse r = SyncHarness.only(response);
            assertThat(r.status()).isEqualTo(SyncStatus.SUCCESS);
            key = r.syncKey();
            return r;
        }

        String add(ItemData item) throws Exception {
            SyncResponse.AddResult result = (SyncResponse.AddResult) sync(new SyncRequest.Add(null, "c" + (++phones),
                    new ApplicationData(item.encode(version, EncodeOptions.TO_SERVER)))).responses().get(0);
            assertThat(result.status()).as("Add in " + version).isEqualTo(SyncStatus.SUCCESS);
            return result.serverId();
        }

        /** The next server command for {@code serverId}, decoded. */
        <G> G read(String serverId, Decoder<G> decoder) throws Exception {
            SyncResponse.CollectionResponse r = sync();
            assertThat(r).as("a response with changes").isNotNull();
            for (SyncResponse.ServerCommand c : r.commands()) {
                if (c instanceof SyncResponse.Add a && a.serverId().equals(serverId)) {
                    return decoder.decode(a.data().element(), version);
                }
                if (c instanceof SyncResponse.Change ch && ch.serverId().equals(serverId)) {
                    return decoder.decode(ch.data().element(), version);
                }
            }
            throw new AssertionError("no command for " + serverId + " in " + r.commands());
        }

        void change(String serverId, ItemData data) throws Exception {
            SyncResponse.CollectionResponse r = sync(new SyncRequest.Change(null, serverId, null,
                    new ApplicationData(data.encode(version, EncodeOptions.TO_SERVER))));
            assertThat(r == null ? List.of() : r.responses()).as("a successful Change has no response").isEmpty();
        }
    }

    @TempDir
    Path dir;
    MailboxStore store;
    SyncHarness h;
    int phones;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        h = new SyncHarness(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Adds {@code item} in every version and reads it in every version. */
    <G extends ElementGroup<G> & ItemData> void everyVersionPair(FolderType type, G item, Decoder<G> decoder)
            throws Exception {
        Folder folder = h.folder(type);
        for (ProtocolVersion addedIn : VERSIONS) {
            for (ProtocolVersion readIn : VERSIONS) {
                Phone first = new Phone(addedIn, folder);
                Phone second = new Phone(readIn, folder);
                String serverId = first.add(item);
                G read = second.read(serverId, decoder);
                assertSameProperties(read, serverUid(viaCodec(item, decoder::decode, addedIn, readIn), read),
                        type + " added in " + addedIn + ", read in " + readIn);
            }
        }
    }

    /**
     * A 16.x device may not send a UID, so the server makes one up: the expected event takes the one
     * the device read (checked for consistency across devices in its own test).
     */
    @SuppressWarnings("unchecked")
    static <G extends ElementGroup<G>> G serverUid(G expected, G read) {
        if (expected instanceof CalendarEvent e && !e.has(CalendarEvent.UID) && read instanceof CalendarEvent r) {
            assertThat(r.get(CalendarEvent.UID)).as("a UID made up by the server").isNotBlank();
            return (G) e.with(CalendarEvent.UID, r.get(CalendarEvent.UID));
        }
        return expected;
    }

    // ---- every class, every version pair ----

    @Test
    void contactsWithEveryPropertyAndALargePicture() throws Exception {
        byte[] jpeg = new byte[200 * 1024]; // four times the spec's 48 KB: real phones send camera pictures
        new Random(1).nextBytes(jpeg);
        // Birthday at local midnight in Berlin (the day before in UTC): kept to the millisecond, no day shift.
        Contact contact = PimRoundTripTest.everyContactField().with(Contact.PICTURE, Bytes.of(jpeg))
                .with(Contact.BIRTHDAY, t("1985-02-27T23:00:00Z")).with(Contact.ANNIVERSARY, t("2010-06-11T22:00:00Z"))
                .with(Contact.EMAIL2_ADDRESS, "bob@example.org").with(Contact.EMAIL3_ADDRESS, "\"Ça va\" <c@example.org>");
        everyVersionPair(FolderType.CONTACTS, contact, Contact::decode);

        Folder folder = h.folder(FolderType.CONTACTS);
        Phone phone = new Phone(ProtocolVersion.V14_1, folder);
        String id = new Phone(ProtocolVersion.V16_1, folder).add(contact);
        Contact read = phone.read(id, Contact::decode);
        assertThat(read.get(Contact.PICTURE).toArray()).isEqualTo(jpeg);
        assertThat(read.get(Contact.BIRTHDAY)).isEqualTo(t("1985-02-27T23:00:00Z"));
        assertThat(read.get(Contact.BIRTHDAY).atZone(BERLIN).toLocalDate()).hasToString("1985-02-28");
    }

    @Test
    void eventsOfEveryRecurrenceType() throws Exception {
        List<CalendarEvent> events = new ArrayList<>();
        events.add(PimRoundTripTest.weeklyMeeting());
        events.add(series("Every second day, ten times", Recurrence.EMPTY.with(Recurrence.TYPE, 0)
                .with(Recurrence.INTERVAL, 2).with(Recurrence.OCCURRENCES, 10)));
        events.add(series("Weekdays", Recurrence.EMPTY.with(Recurrence.TYPE, 0).with(Recurrence.DAY_OF_WEEK, 62)
                .with(Recurrence.UNTIL, t("2026-12-31T08:00:00Z"))));
        events.add(series("Fortnightly Mon+Fri, week from Sunday", Recurrence.EMPTY.with(Recurrence.TYPE, 1)
                .with(Recurrence.INTERVAL, 2).with(Recurrence.DAY_OF_WEEK, 2 | 32).with(Recurrence.FIRST_DAY_OF_WEEK, 0)));
        events.add(series("Monthly on the 3rd", Recurrence.EMPTY.with(Recurrence.TYPE, 2)
                .with(Recurrence.INTERVAL, 1).with(Recurrence.DAY_OF_MONTH, 3).with(Recurrence.OCCURRENCES, 12)));
        events.add(series("Last weekday of every third month", Recurrence.EMPTY.with(Recurrence.TYPE, 3)
                .with(Recurrence.INTERVAL, 3).with(Recurrence.WEEK_OF_MONTH, 5).with(Recurrence.DAY_OF_WEEK, 62)));
        events.add(series("Yearly on 3 March", Recurrence.EMPTY.with(Recurrence.TYPE, 5)
                .with(Recurrence.MONTH_OF_YEAR, 3).with(Recurrence.DAY_OF_MONTH, 3)
                .with(Recurrence.CALENDAR_TYPE, 1).with(Recurrence.IS_LEAP_MONTH, false)));
        events.add(series("First Tuesday of March", Recurrence.EMPTY.with(Recurrence.TYPE, 6)
                .with(Recurrence.MONTH_OF_YEAR, 3).with(Recurrence.WEEK_OF_MONTH, 1).with(Recurrence.DAY_OF_WEEK, 4)
                .with(Recurrence.INTERVAL, 1)));
        events.add(allDay());
        for (CalendarEvent event : events) {
            everyVersionPair(FolderType.CALENDAR, event, CalendarEvent::decode);
        }
    }

    @Test
    void tasksAndNotes() throws Exception {
        Task task = PimRoundTripTest.recurringTask().with(Task.COMPLETE, true)
                .with(Task.DATE_COMPLETED, t("2026-03-02T16:00:00Z"));
        everyVersionPair(FolderType.TASKS, task, Task::decode);
        everyVersionPair(FolderType.TASKS, PimRoundTripTest.recurringTask(), Task::decode);
        everyVersionPair(FolderType.NOTES, PimRoundTripTest.note(), Note::decode);
    }

    /**
     * The picture limit (pim.contact-picture-max-bytes) set to the spec's 48 KB: a larger picture in
     * an Add or a Change gets item Status 6 and nothing is stored; one within the limit is kept.
     */
    @Test
    void picturesOverTheConfiguredLimitAreRefused() throws Exception {
        store.close();
        store = MailboxStore.open(StorageConfig.embedded(dir.resolve("spec-limit")));
        h = new SyncHarness(store, new DecodeLimits(DecodeLimits.SPEC_PICTURE_BYTES, 1024));
        Folder folder = h.folder(FolderType.CONTACTS);
        Phone phone = new Phone(ProtocolVersion.V14_1, folder);
        Contact big = Contact.EMPTY.with(Contact.FIRST_NAME, "Big").with(Contact.PICTURE,
                Bytes.of(new byte[DecodeLimits.SPEC_PICTURE_BYTES + 1]));
        SyncResponse.AddResult refused = (SyncResponse.AddResult) phone.sync(new SyncRequest.Add(null, "big",
                new ApplicationData(big.encode(ProtocolVersion.V14_1, EncodeOptions.TO_SERVER)))).responses().get(0);
        assertThat(refused.status()).isEqualTo(SyncStatus.INVALID_ITEM);
        assertThat(refused.serverId()).isNull();

        Contact small = big.with(Contact.PICTURE, Bytes.of(new byte[DecodeLimits.SPEC_PICTURE_BYTES]));
        String id = phone.add(small);
        SyncResponse.CollectionResponse changed = phone.sync(new SyncRequest.Change(null, id, null,
                new ApplicationData(big.encode(ProtocolVersion.V14_1, EncodeOptions.TO_SERVER))));
        assertThat(changed.responses()).singleElement().satisfies(r -> assertThat(r.status())
                .isEqualTo(SyncStatus.INVALID_ITEM));
        Contact read = new Phone(ProtocolVersion.V16_1, folder).read(id, Contact::decode);
        assertThat(read.get(Contact.PICTURE).length()).isEqualTo(DecodeLimits.SPEC_PICTURE_BYTES);
    }

    /** A body stored as HTML reaches each device in the type it asks for. */
    @Test
    void bodiesInEachPreferredType() throws Exception {
        Folder folder = h.folder(FolderType.CONTACTS);
        String html = "<html><body><p>Likes <b>tea</b> &amp; cake</p></body></html>";
        Contact contact = Contact.EMPTY.with(Contact.FIRST_NAME, "Jo").with(Contact.BODY, Body.of(Body.HTML, html));
        String id = new Phone(ProtocolVersion.V14_1, folder, Body.HTML).add(contact);
        Contact asHtml = new Phone(ProtocolVersion.V16_1, folder, Body.HTML).read(id, Contact::decode);
        assertThat(asHtml.get(Contact.BODY).get(Body.TYPE)).isEqualTo(Body.HTML);
        assertThat(asHtml.get(Contact.BODY).get(Body.DATA)).isEqualTo(html);
        Contact asText = new Phone(ProtocolVersion.V12_1, folder, Body.PLAIN_TEXT).read(id, Contact::decode);
        assertThat(asText.get(Contact.BODY).get(Body.TYPE)).isEqualTo(Body.PLAIN_TEXT);
        assertThat(asText.get(Contact.BODY).get(Body.DATA)).contains("Likes tea & cake").doesNotContain("<b>");
    }

    // ---- calendar specifics ----

    /** All-day: ≤14.1 devices get local midnights plus the zone; 16.x gets the same times and no zone. */
    @Test
    void allDayEventsKeepTheirDates() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        String id = new Phone(ProtocolVersion.V14_1, folder).add(allDay());
        CalendarEvent in12 = new Phone(ProtocolVersion.V12_1, folder).read(id, CalendarEvent::decode);
        CalendarEvent in16 = new Phone(ProtocolVersion.V16_1, folder).read(id, CalendarEvent::decode);
        for (CalendarEvent e : List.of(in12, in16)) {
            assertThat(e.get(CalendarEvent.ALL_DAY_EVENT)).isTrue();
            assertThat(e.get(CalendarEvent.START_TIME)).isEqualTo(t("2026-03-04T23:00:00Z"));
            assertThat(e.get(CalendarEvent.END_TIME)).isEqualTo(t("2026-03-05T23:00:00Z"));
        }
        TimeZoneInformation zone = in12.get(CalendarEvent.TIMEZONE);
        assertThat(TimeZones.match(zone, 2026)).isEqualTo(BERLIN);
        assertThat(zone.rules().toLocal(in12.get(CalendarEvent.START_TIME))).hasToString("2026-03-05T00:00");
        assertThat(in16.has(CalendarEvent.TIMEZONE)).isFalse();
    }

    /**
     * 16.x changes one occurrence with Change + InstanceId and cancels one with Delete + InstanceId;
     * a 14.1 device sees them as Exceptions with ExceptionStartTime, another 16.x device with
     * InstanceId, and the rest of the series unchanged.
     */
    @Test
    void occurrencesChangedAndDeletedByInstanceId() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        Phone old = new Phone(ProtocolVersion.V14_1, folder);
        CalendarEvent series = PimRoundTripTest.weeklyMeeting();
        String id = old.add(series);
        Phone modern = new Phone(ProtocolVersion.V16_1, folder);
        modern.read(id, CalendarEvent::decode);

        String moved = "20260317T080000Z";
        CalendarEvent occurrence = CalendarEvent.EMPTY.with(CalendarEvent.SUBJECT, "Stand-up in the garden")
                .with(CalendarEvent.START_TIME, t("2026-03-17T09:00:00Z")).with(CalendarEvent.END_TIME, t("2026-03-17T09:30:00Z"))
                .with(CalendarEvent.LOCATION_16, Location.named("Garden"));
        assertThat(modern.sync(new SyncRequest.Change(null, id, moved,
                new ApplicationData(occurrence.encode(ProtocolVersion.V16_1, EncodeOptions.TO_SERVER))))).isNotNull();
        assertThat(modern.sync(new SyncRequest.Delete(null, id, "20260324T080000Z")).responses()).isEmpty();

        CalendarEvent seen = old.read(id, CalendarEvent::decode);
        CalendarEvent expected = viaCodec(series, CalendarEvent::decode, ProtocolVersion.V14_1, ProtocolVersion.V14_1);
        assertSameProperties(seen.without(CalendarEvent.EXCEPTIONS), expected.without(CalendarEvent.EXCEPTIONS),
                "series after the occurrence commands");
        List<CalendarException> exceptions = seen.get(CalendarEvent.EXCEPTIONS);
        assertThat(exceptions).hasSize(4);
        assertThat(exceptions.subList(0, 2)).isEqualTo(expected.get(CalendarEvent.EXCEPTIONS));
        CalendarException changed = exceptions.get(2);
        assertThat(changed.get(CalendarException.EXCEPTION_START_TIME)).isEqualTo(t("2026-03-17T08:00:00Z"));
        assertThat(changed.get(CalendarException.SUBJECT)).isEqualTo("Stand-up in the garden");
        assertThat(changed.get(CalendarException.START_TIME)).isEqualTo(t("2026-03-17T09:00:00Z"));
        assertThat(changed.get(CalendarException.END_TIME)).isEqualTo(t("2026-03-17T09:30:00Z"));
        assertThat(changed.get(CalendarException.LOCATION)).isEqualTo("Garden");
        assertThat(changed.has(CalendarException.DELETED)).isFalse();
        assertThat(exceptions.get(3)).isEqualTo(CalendarException.deleted(t("2026-03-24T08:00:00Z")));

        CalendarEvent seen16 = new Phone(ProtocolVersion.V16_1, folder).read(id, CalendarEvent::decode);
        List<CalendarException> exceptions16 = seen16.get(CalendarEvent.EXCEPTIONS);
        assertThat(exceptions16.get(2).get(CalendarException.INSTANCE_ID)).isEqualTo(t("2026-03-17T08:00:00Z"));
        assertThat(exceptions16.get(2).get(CalendarException.LOCATION_16)).isEqualTo(Location.named("Garden"));
        assertThat(exceptions16.get(3).get(CalendarException.INSTANCE_ID)).isEqualTo(t("2026-03-24T08:00:00Z"));
        assertThat(exceptions16.get(3).get(CalendarException.DELETED)).isTrue();

        // Changing the same occurrence again updates its exception instead of adding one.
        modern.sync(new SyncRequest.Change(null, id, moved, new ApplicationData(CalendarEvent.EMPTY
                .with(CalendarEvent.REMINDER, 30).encode(ProtocolVersion.V16_1, EncodeOptions.TO_SERVER))));
        List<CalendarException> again = old.read(id, CalendarEvent::decode).get(CalendarEvent.EXCEPTIONS);
        assertThat(again).hasSize(4);
        assertThat(again.get(2).get(CalendarException.REMINDER)).isEqualTo(30);
        assertThat(again.get(2).get(CalendarException.SUBJECT)).isEqualTo("Stand-up in the garden");
    }

    /** 16.x: a new start (or pattern) of a series drops its exceptions; an unchanged one keeps them. */
    @Test
    void movingA16SeriesDropsItsExceptions() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        Phone old = new Phone(ProtocolVersion.V14_1, folder);
        String id = old.add(PimRoundTripTest.weeklyMeeting());
        Phone modern = new Phone(ProtocolVersion.V16_1, folder);
        CalendarEvent seen = modern.read(id, CalendarEvent::decode);
        modern.change(id, CalendarEvent.EMPTY.with(CalendarEvent.START_TIME, seen.get(CalendarEvent.START_TIME))
                .with(CalendarEvent.SUBJECT, "Same time"));
        assertThat(old.read(id, CalendarEvent::decode).get(CalendarEvent.EXCEPTIONS)).hasSize(2);
        modern.change(id, CalendarEvent.EMPTY.with(CalendarEvent.START_TIME, t("2026-03-03T09:00:00Z"))
                .with(CalendarEvent.END_TIME, t("2026-03-03T09:15:00Z")));
        CalendarEvent moved = old.read(id, CalendarEvent::decode);
        assertThat(moved.has(CalendarEvent.EXCEPTIONS)).isFalse();
        assertThat(moved.get(CalendarEvent.SUBJECT)).isEqualTo("Same time");
        assertThat(moved.get(CalendarEvent.RECURRENCE)).isNotNull();
    }

    @Test
    void anInstanceIdOfASingleEventIsRefused() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        Phone modern = new Phone(ProtocolVersion.V16_1, folder);
        String id = modern.add(PimRoundTripTest.weeklyMeeting().without(CalendarEvent.RECURRENCE)
                .without(CalendarEvent.EXCEPTIONS));
        SyncResponse.CollectionResponse r = modern.sync(new SyncRequest.Change(null, id, "20260303T080000Z",
                new ApplicationData(CalendarEvent.EMPTY.with(CalendarEvent.SUBJECT, "x")
                        .encode(ProtocolVersion.V16_1, EncodeOptions.TO_SERVER))),
                new SyncRequest.Delete(null, id, "not a time"));
        assertThat(r.responses()).hasSize(2).allSatisfy(result -> assertThat(result.status())
                .isEqualTo(SyncStatus.INVALID_ITEM));
    }

    /**
     * 16.x ghosting: a Change carrying one property changes that one; a ≤14.1 device sends the whole
     * item back with one value changed. Either way the other device sees every other property as it was.
     */
    @Test
    void changesFromEachVersionLeaveTheOtherPropertiesAlone() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        CalendarEvent meeting = PimRoundTripTest.weeklyMeeting();
        for (ProtocolVersion addedIn : VERSIONS) {
            for (ProtocolVersion changedIn : VERSIONS) {
                Phone first = new Phone(addedIn, folder);
                String id = first.add(meeting);
                Phone second = new Phone(changedIn, folder);
                CalendarEvent asSeen = second.read(id, CalendarEvent::decode);
                CalendarEvent change = changedIn.atLeast(ProtocolVersion.V16_0)
                        ? CalendarEvent.EMPTY.with(CalendarEvent.REMINDER, 45)
                        : asSeen.with(CalendarEvent.REMINDER, 45);
                second.change(id, change);
                CalendarEvent back = first.read(id, CalendarEvent::decode);
                CalendarEvent expected = viaCodec(meeting, CalendarEvent::decode, addedIn, addedIn)
                        .with(CalendarEvent.REMINDER, 45);
                if (!addedIn.atLeast(ProtocolVersion.V16_0)) {
                    // Exchange's rule: a ≤14.1 UID, organizer and exceptions survive any client's Change.
                    assertThat(back.get(CalendarEvent.UID)).isEqualTo(meeting.get(CalendarEvent.UID));
                }
                assertSameProperties(back, serverUid(expected, back),
                        "added in " + addedIn + ", reminder changed in " + changedIn);
            }
        }
    }

    /** The location changed on a 16.x device reaches a 14.1 device as the new string, and back. */
    @Test
    void locationFormsFollowTheLastChange() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        Phone old = new Phone(ProtocolVersion.V14_1, folder);
        String id = old.add(PimRoundTripTest.weeklyMeeting());
        Phone modern = new Phone(ProtocolVersion.V16_1, folder);
        modern.read(id, CalendarEvent::decode);
        modern.change(id, CalendarEvent.EMPTY.with(CalendarEvent.LOCATION_16, Location.named("Room 2")
                .with(Location.CITY, "Berlin")));
        assertThat(old.read(id, CalendarEvent::decode).get(CalendarEvent.LOCATION)).isEqualTo("Room 2");
        CalendarEvent full = new Phone(ProtocolVersion.V14_1, folder).read(id, CalendarEvent::decode);
        old.change(id, full.with(CalendarEvent.LOCATION, "Room 3"));
        assertThat(modern.read(id, CalendarEvent::decode).get(CalendarEvent.LOCATION_16).get(Location.DISPLAY_NAME))
                .isEqualTo("Room 3");
    }

    /** A 16.x Add has no UID: the server makes one up that every device then shares; ClientUid is stored. */
    @Test
    void uidIsMadeUpForA16AddAndClientUidIsKept() throws Exception {
        Folder folder = h.folder(FolderType.CALENDAR);
        CalendarEvent event = PimRoundTripTest.weeklyMeeting().without(CalendarEvent.UID)
                .with(CalendarEvent.CLIENT_UID, "client-uid-7f3a");
        String id = new Phone(ProtocolVersion.V16_1, folder).add(event);
        String uid12 = new Phone(ProtocolVersion.V12_1, folder).read(id, CalendarEvent::decode).get(CalendarEvent.UID);
        String uid14 = new Phone(ProtocolVersion.V14_1, folder).read(id, CalendarEvent::decode).get(CalendarEvent.UID);
        assertThat(uid12).isNotBlank().isEqualTo(uid14);
        assertThat(store.items().get(Long.parseLong(id)).orElseThrow().properties().text(EventProperty.CLIENT_UID))
                .isEqualTo("client-uid-7f3a");
        String uid16 = new Phone(ProtocolVersion.V16_1, folder).read(id, CalendarEvent::decode).get(CalendarEvent.UID);
        assertThat(uid16).isEqualTo(uid12);
    }

    // ---- items ----

    static CalendarEvent series(String subject, Recurrence recurrence) {
        List<Attendee> attendees = List.of(PimRoundTripTest.attendee("ben@example.org", "Ben", 4, 1),
                PimRoundTripTest.attendee("eve@example.org", "Eve", 5, 2));
        return CalendarEvent.EMPTY.with(CalendarEvent.TIMEZONE, TimeZoneInformation.forZone(BERLIN, 2026))
                .with(CalendarEvent.DT_STAMP, t("2026-03-01T09:00:00Z"))
                .with(CalendarEvent.START_TIME, t("2026-03-03T08:00:00Z"))
                .with(CalendarEvent.END_TIME, t("2026-03-03T09:00:00Z"))
                .with(CalendarEvent.SUBJECT, subject)
                .with(CalendarEvent.UID, "uid-" + subject.hashCode())
                .with(CalendarEvent.ORGANIZER_NAME, "Anna").with(CalendarEvent.ORGANIZER_EMAIL, "anna@example.org")
                .with(CalendarEvent.ATTENDEES, attendees)
                .with(CalendarEvent.LOCATION, "Office")
                .with(CalendarEvent.RECURRENCE, recurrence)
                .with(CalendarEvent.BODY, Body.of(Body.PLAIN_TEXT, subject + "\n"))
                .with(CalendarEvent.SENSITIVITY, 3).with(CalendarEvent.BUSY_STATUS, 3)
                .with(CalendarEvent.ALL_DAY_EVENT, false).with(CalendarEvent.REMINDER, 0)
                .with(CalendarEvent.MEETING_STATUS, 3)
                .with(CalendarEvent.CATEGORIES, List.of("Series"))
                .with(CalendarEvent.RESPONSE_TYPE, 3)
                .with(CalendarEvent.APPOINTMENT_REPLY_TIME, t("2026-03-01T10:00:00Z"));
    }

    /** A birthday-like all-day event on 5 March, Berlin midnight to midnight. */
    static CalendarEvent allDay() {
        return CalendarEvent.EMPTY.with(CalendarEvent.TIMEZONE, TimeZoneInformation.forZone(BERLIN, 2026))
                .with(CalendarEvent.DT_STAMP, t("2026-03-01T09:00:00Z"))
                .with(CalendarEvent.START_TIME, t("2026-03-04T23:00:00Z"))
                .with(CalendarEvent.END_TIME, t("2026-03-05T23:00:00Z"))
                .with(CalendarEvent.SUBJECT, "Jo's birthday")
                .with(CalendarEvent.UID, "all-day-1")
                .with(CalendarEvent.ALL_DAY_EVENT, true).with(CalendarEvent.BUSY_STATUS, 0)
                .with(CalendarEvent.REMINDER, 900)
                .with(CalendarEvent.RECURRENCE, Recurrence.EMPTY.with(Recurrence.TYPE, 5)
                        .with(Recurrence.MONTH_OF_YEAR, 3).with(Recurrence.DAY_OF_MONTH, 5));
    }
}
