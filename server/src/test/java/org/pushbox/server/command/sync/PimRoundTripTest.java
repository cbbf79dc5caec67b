package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.model.AirSyncBase;
import org.pushbox.protocol.model.Attendee;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.CalendarException;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.ElementGroup;
import org.pushbox.protocol.model.EncodeOptions;
import org.pushbox.protocol.model.Field;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.model.Location;
import org.pushbox.protocol.model.Note;
import org.pushbox.protocol.model.Recurrence;
import org.pushbox.protocol.model.SystemTime;
import org.pushbox.protocol.model.Task;
import org.pushbox.protocol.model.TaskRecurrence;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;

/**
 * Each PIM class end to end through the Sync processor and the store: a device adds an item with every
 * field in one protocol version, a second device reads it in another, and every property the two
 * versions share arrives equal. The second device then changes one field, and the first device gets the
 * item back with only that field changed.
 *
 * <p>"Equal where the versions allow" is computed, not listed: the expected item is the added one passed
 * through the codec alone (encoded as the first device's request, decoded, encoded for the second device
 * in its version, decoded), so only what the store and the mapping do can make the two differ.
 */
class PimRoundTripTest extends SyncStoreFixture {

    static final ProtocolVersion V12_1 = ProtocolVersion.V12_1;
    static final ProtocolVersion V14_1 = ProtocolVersion.V14_1;
    static final ProtocolVersion V16_1 = ProtocolVersion.V16_1;

    /** Decodes one class's ApplicationData. */
    interface Decoder<G> {
        G decode(WbxmlElement applicationData, ProtocolVersion version) throws Exception;
    }

    /** A device of the account speaking one protocol version, with its key for one folder. */
    final class Phone {
        final Device device;
        final ProtocolVersion version;
        String key = "0";

        Phone(String id, ProtocolVersion version) {
            this.device = store.devices().register(h.anna.id(), id, DeviceInfo.of("Phone", "Phone/" + version));
            this.version = version;
        }

        SyncResponse.CollectionResponse sync(Folder folder, SyncRequest.ClientCommand... commands) throws Exception {
            SyncOptions plainText = new SyncOptions(null, null, List.of(new BodyPreference(Body.PLAIN_TEXT, null,
                    null, null)), List.of(), null, null, null, null, null);
            SyncRequest.Collection c = new SyncRequest.Collection(key, Long.toString(folder.id()), null, null, null,
                    key.equals("0") ? null : true, null, false, List.of(plainText), List.of(commands));
            SyncResponse response = SyncHarness.decode(h.send(SyncHarness.request(c), version, device), version);
            if (response == null) {
                return null; // nothing to report: the key stays
            }
            SyncResponse.CollectionResponse r = SyncHarness.only(response);
            assertThat(r.status()).isEqualTo(SyncStatus.SUCCESS);
            key = r.syncKey();
            return r;
        }

        ApplicationData data(ItemData item) {
            return new ApplicationData(item.encode(version, EncodeOptions.TO_SERVER));
        }
    }

    /**
     * Adds {@code item} on a device in {@code addedIn}, reads it on one in {@code readIn}, changes
     * {@code field} to {@code newValue} there, and checks what each device receives.
     */
    <G extends ElementGroup<G> & ItemData, T> void roundTrip(FolderType type, G item, Decoder<G> decoder,
            ProtocolVersion addedIn, ProtocolVersion readIn, Field<T> field, T newValue) throws Exception {
        Folder folder = h.folder(type);
        Phone first = new Phone("first" + addedIn.toString().replace(".", ""), addedIn);
        Phone second = new Phone("second" + readIn.toString().replace(".", ""), readIn);
        first.sync(folder);
        second.sync(folder);

        SyncResponse.CollectionResponse added = first.sync(folder, new SyncRequest.Add(null, "c1", first.data(item)));
        SyncResponse.AddResult result = (SyncResponse.AddResult) added.responses().get(0);
        assertThat(result.status()).isEqualTo(SyncStatus.SUCCESS);
        String serverId = result.serverId();

        SyncResponse.Add add = (SyncResponse.Add) second.sync(folder).commands().get(0);
        assertThat(add.serverId()).isEqualTo(serverId);
        G read = decoder.decode(add.data().element(), readIn);
        G expected = viaCodec(item, decoder, addedIn, readIn);
        assertSameProperties(read, expected, "added in " + addedIn + ", read in " + readIn);

        G change = emptyOf(item).with(field, newValue);
        SyncResponse.CollectionResponse changed = second.sync(folder, new SyncRequest.Change(null, serverId, null,
                second.data(change)));
        assertThat(changed == null ? List.of() : changed.responses()).as("a successful Change has no response")
                .isEmpty();

        SyncResponse.Change back = (SyncResponse.Change) first.sync(folder).commands().get(0);
        assertThat(back.serverId()).isEqualTo(serverId);
        G expectedBack = viaCodec(item, decoder, addedIn, addedIn).with(field, viaCodec(change, decoder, readIn,
                addedIn).get(field));
        if (field == CalendarEvent.LOCATION_16 && !addedIn.atLeast(ProtocolVersion.V16_0)) {
            // A ≤14.1 device reads the new structured location as its display name.
            expectedBack = expectedBack.without(field).with(CalendarEvent.LOCATION,
                    ((Location) newValue).get(Location.DISPLAY_NAME));
        }
        assertSameProperties(decoder.decode(back.data().element(), addedIn), expectedBack,
                "changed in " + readIn + ", read back in " + addedIn);
    }

    /** What the codec alone makes of {@code item} sent by a device in {@code from} to one in {@code to}. */
    static <G extends ElementGroup<G> & ItemData> G viaCodec(G item, Decoder<G> decoder, ProtocolVersion from,
            ProtocolVersion to) throws Exception {
        G atServer = decoder.decode(item.encode(from, EncodeOptions.TO_SERVER), from);
        return decoder.decode(atServer.encode(to, EncodeOptions.TO_CLIENT), to);
    }

    @SuppressWarnings("unchecked")
    static <G extends ElementGroup<G>> G emptyOf(G item) throws Exception {
        return (G) item.getClass().getField("EMPTY").get(null);
    }

    /**
     * Field by field, so a failure names the field. The body is compared by type and text (the server adds
     * its size); NativeBodyType is the server's to say.
     */
    static <G extends ElementGroup<G>> void assertSameProperties(G actual, G expected, String how) {
        Set<Field<?>> fields = new LinkedHashSet<>(expected.fields());
        fields.addAll(actual.fields());
        fields.remove(AirSyncBase.NATIVE_BODY_TYPE);
        for (Field<?> f : fields) {
            Object a = actual.get(f);
            Object e = expected.get(f);
            if (a instanceof Body body) {
                a = bodyText(body);
                e = e instanceof Body eb ? bodyText(eb) : e;
            }
            assertThat(a).as("%s: %s", how, f).isEqualTo(e);
        }
        assertThat(actual.extras()).as("%s: unmapped elements", how).isEqualTo(expected.extras());
    }

    static List<Object> bodyText(Body body) {
        return List.of(body.get(Body.TYPE), body.get(Body.DATA));
    }

    // ---- the items ----

    static final TimeZoneInformation BERLIN = new TimeZoneInformation(-60, "W. Europe Standard Time",
            new SystemTime(0, 10, 0, 5, 3, 0, 0, 0), 0, "W. Europe Daylight Time",
            new SystemTime(0, 3, 0, 5, 2, 0, 0, 0), -60);

    static Instant t(String text) {
        return Instant.parse(text);
    }

    static Attendee attendee(String email, String name, int status, int type) {
        return Attendee.EMPTY.with(Attendee.EMAIL, email).with(Attendee.NAME, name)
                .with(Attendee.ATTENDEE_STATUS, status).with(Attendee.ATTENDEE_TYPE, type);
    }

    static CalendarEvent weeklyMeeting() {
        List<Attendee> attendees = List.of(attendee("ben@example.org", "Ben Müller", 3, 1),
                attendee("chloé@example.org", "Chloé 😀", 2, 2), attendee("room1@example.org", "Room 1", 0, 3));
        Recurrence weekly = Recurrence.EMPTY.with(Recurrence.TYPE, 1).with(Recurrence.INTERVAL, 1)
                .with(Recurrence.DAY_OF_WEEK, 2 | 8).with(Recurrence.UNTIL, t("2026-06-30T07:00:00Z"))
                .with(Recurrence.FIRST_DAY_OF_WEEK, 1);
        CalendarException cancelled = CalendarException.EMPTY
                .with(CalendarException.EXCEPTION_START_TIME, t("2026-03-10T08:00:00Z"))
                .with(CalendarException.DELETED, true);
        CalendarException moved = CalendarException.EMPTY
                .with(CalendarException.EXCEPTION_START_TIME, t("2026-03-12T08:00:00Z"))
                .with(CalendarException.SUBJECT, "Stand-up (moved)")
                .with(CalendarException.START_TIME, t("2026-03-12T10:00:00Z"))
                .with(CalendarException.END_TIME, t("2026-03-12T10:30:00Z"))
                .with(CalendarException.LOCATION, "Café Einstein")
                .with(CalendarException.BODY, Body.of(Body.PLAIN_TEXT, "Bring the slides."))
                .with(CalendarException.CATEGORIES, List.of("Moved"))
                .with(CalendarException.SENSITIVITY, 0).with(CalendarException.BUSY_STATUS, 1)
                .with(CalendarException.ALL_DAY_EVENT, false).with(CalendarException.REMINDER, 5)
                .with(CalendarException.DT_STAMP, t("2026-03-01T09:00:00Z"))
                .with(CalendarException.MEETING_STATUS, 1)
                .with(CalendarException.ATTENDEES, attendees.subList(0, 1))
                .with(CalendarException.APPOINTMENT_REPLY_TIME, t("2026-03-02T09:00:00Z"))
                .with(CalendarException.RESPONSE_TYPE, 1)
                .with(CalendarException.ONLINE_MEETING_CONF_LINK, "https://meet.example.org/conf/1")
                .with(CalendarException.ONLINE_MEETING_EXTERNAL_LINK, "https://meet.example.org/ext/1");
        return CalendarEvent.EMPTY.with(CalendarEvent.TIMEZONE, BERLIN)
                .with(CalendarEvent.DT_STAMP, t("2026-03-01T09:00:00Z"))
                .with(CalendarEvent.START_TIME, t("2026-03-03T08:00:00Z"))
                .with(CalendarEvent.END_TIME, t("2026-03-03T08:15:00Z"))
                .with(CalendarEvent.SUBJECT, "Stand-up 🗓")
                .with(CalendarEvent.UID, "040000008200E00074C5B7101A82E00800000000-standup")
                .with(CalendarEvent.ORGANIZER_NAME, "Anna Kovács")
                .with(CalendarEvent.ORGANIZER_EMAIL, "anna@example.org")
                .with(CalendarEvent.ATTENDEES, attendees)
                .with(CalendarEvent.LOCATION, "Room 1, Berlin")
                .with(CalendarEvent.RECURRENCE, weekly)
                .with(CalendarEvent.BODY, Body.of(Body.PLAIN_TEXT, "Agenda:\n1. Yesterday\n2. Today"))
                .with(CalendarEvent.SENSITIVITY, 2).with(CalendarEvent.BUSY_STATUS, 2)
                .with(CalendarEvent.ALL_DAY_EVENT, false).with(CalendarEvent.REMINDER, 10)
                .with(CalendarEvent.EXCEPTIONS, List.of(cancelled, moved))
                .with(CalendarEvent.MEETING_STATUS, 1)
                .with(CalendarEvent.CATEGORIES, List.of("Team", "Daily"))
                .with(CalendarEvent.RESPONSE_REQUESTED, true)
                .with(CalendarEvent.APPOINTMENT_REPLY_TIME, t("2026-03-02T09:00:00Z"))
                .with(CalendarEvent.RESPONSE_TYPE, 1)
                .with(CalendarEvent.DISALLOW_NEW_TIME_PROPOSAL, true)
                .with(CalendarEvent.ONLINE_MEETING_CONF_LINK, "https://meet.example.org/conf/1")
                .with(CalendarEvent.ONLINE_MEETING_EXTERNAL_LINK, "https://meet.example.org/ext/1");
    }

    /** Every text field of Contact set to a value of its own (found by reflection, so none is forgotten). */
    static Contact everyContactField() throws Exception {
        Contact c = Contact.EMPTY;
        for (java.lang.reflect.Field f : Contact.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getGenericType() instanceof ParameterizedType p
                    && p.getRawType() == Field.class && p.getActualTypeArguments()[0] == String.class) {
                @SuppressWarnings("unchecked")
                Field<String> field = (Field<String>) f.get(null);
                c = c.with(field, f.getName().toLowerCase().replace('_', ' ') + " ü😀");
            }
        }
        return c.with(Contact.EMAIL1_ADDRESS, "\"Jo Doe\" <jo@example.org>")
                .with(Contact.ANNIVERSARY, t("2010-06-12T11:00:00Z"))
                .with(Contact.BIRTHDAY, t("1985-02-28T11:00:00Z"))
                .with(Contact.CATEGORIES, List.of("Family", "Friends 😀"))
                .with(Contact.CHILDREN, List.of("Max", "Mia", "Moritz"))
                .with(Contact.BODY, Body.of(Body.PLAIN_TEXT, "Met at the conference.\nLikes tea."));
    }

    static Task recurringTask() {
        TaskRecurrence monthly = TaskRecurrence.EMPTY.with(TaskRecurrence.TYPE, 2)
                .with(TaskRecurrence.START, t("2026-03-01T00:00:00Z"))
                .with(TaskRecurrence.UNTIL, t("2026-12-01T00:00:00Z"))
                .with(TaskRecurrence.INTERVAL, 1).with(TaskRecurrence.DAY_OF_MONTH, 1)
                .with(TaskRecurrence.REGENERATE, false).with(TaskRecurrence.DEAD_OCCUR, false)
                .with(TaskRecurrence.FIRST_DAY_OF_WEEK, 1);
        return Task.EMPTY.with(Task.SUBJECT, "Pay the rent 🏠")
                .with(Task.BODY, Body.of(Body.PLAIN_TEXT, "IBAN in the contract."))
                .with(Task.IMPORTANCE, 2)
                .with(Task.UTC_START_DATE, t("2026-03-01T07:00:00Z")).with(Task.START_DATE, t("2026-03-01T00:00:00Z"))
                .with(Task.UTC_DUE_DATE, t("2026-03-03T07:00:00Z")).with(Task.DUE_DATE, t("2026-03-03T00:00:00Z"))
                .with(Task.CATEGORIES, List.of("Home"))
                .with(Task.RECURRENCE, monthly)
                .with(Task.COMPLETE, false)
                .with(Task.SENSITIVITY, 1)
                .with(Task.REMINDER_TIME, t("2026-03-02T17:00:00Z")).with(Task.REMINDER_SET, true)
                .with(Task.ORDINAL_DATE, t("2026-02-28T10:00:00Z")).with(Task.SUB_ORDINAL_DATE, "5");
    }

    static Note note() {
        return Note.EMPTY.with(Note.SUBJECT, "Shopping 🛒")
                .with(Note.BODY, Body.of(Body.PLAIN_TEXT, "Milk\nBread\nÄpfel"))
                .with(Note.MESSAGE_CLASS, "IPM.StickyNote")
                .with(Note.LAST_MODIFIED_DATE, t("2026-03-01T08:30:00Z"))
                .with(Note.CATEGORIES, List.of("Yellow category"));
    }

    // ---- the tests ----

    @Test
    void calendarAddedIn14_1IsReadIn16_1AndChangedThere() throws Exception {
        roundTrip(FolderType.CALENDAR, weeklyMeeting(), CalendarEvent::decode, V14_1, V16_1,
                CalendarEvent.LOCATION_16, Location.named("Room 2").with(Location.CITY, "Berlin")
                        .with(Location.LATITUDE, new BigDecimal("52.52")));
    }

    @Test
    void calendarAddedIn12_1IsReadIn14_1AndChangedThere() throws Exception {
        roundTrip(FolderType.CALENDAR, weeklyMeeting(), CalendarEvent::decode, V12_1, V14_1,
                CalendarEvent.SUBJECT, "Stand-up (new name)");
    }

    @Test
    void contactAddedIn12_1IsReadIn16_1AndChangedThere() throws Exception {
        roundTrip(FolderType.CONTACTS, everyContactField(), Contact::decode, V12_1, V16_1,
                Contact.MOBILE_PHONE_NUMBER, "+49 170 0000000");
    }

    @Test
    void contactAddedIn16_1IsReadIn14_1AndChangedThere() throws Exception {
        roundTrip(FolderType.CONTACTS, everyContactField(), Contact::decode, V16_1, V14_1,
                Contact.CHILDREN, List.of("Max"));
    }

    @Test
    void taskAddedIn16_1IsReadIn12_1AndChangedThere() throws Exception {
        roundTrip(FolderType.TASKS, recurringTask(), Task::decode, V16_1, V12_1, Task.IMPORTANCE, 0);
    }

    @Test
    void taskAddedIn12_1IsReadIn14_1AndCompletedThere() throws Exception {
        roundTrip(FolderType.TASKS, recurringTask(), Task::decode, V12_1, V14_1, Task.COMPLETE, true);
    }

    @Test
    void noteAddedIn14_1IsReadIn16_1AndChangedThere() throws Exception {
        roundTrip(FolderType.NOTES, note(), Note::decode, V14_1, V16_1, Note.CATEGORIES, List.of("Blue category"));
    }
}
