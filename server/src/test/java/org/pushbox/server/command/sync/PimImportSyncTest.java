package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.ElementGroup;
import org.pushbox.protocol.model.EncodeOptions;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.model.Note;
import org.pushbox.protocol.model.Task;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.model.Body;
import org.pushbox.server.pim.EntrySplitter;
import org.pushbox.server.pim.ImportReport;
import org.pushbox.server.pim.PimExporter;
import org.pushbox.server.pim.PimImporter;
import org.pushbox.server.pim.PimKind;
import org.pushbox.server.pim.SourceLines;
import org.pushbox.server.pim.ical.EventMapper;
import org.pushbox.server.pim.ical.IcsComponent;
import org.pushbox.server.pim.ical.IcsContext;
import org.pushbox.server.pim.ical.IcsParser;
import org.pushbox.server.pim.ical.NoteMapper;
import org.pushbox.server.pim.ical.TaskMapper;
import org.pushbox.server.pim.ical.ZoneResolver;
import org.pushbox.server.pim.vcard.ContactVCardMapper;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderModseq;

/**
 * Imported contacts, events, tasks and notes read through Sync by 12.1, 14.1 and 16.1 devices: each
 * arrives as the codec renders the imported model for that version (what a device's Add of the same data
 * would give), and nothing kept for export leaks to the device. A device's Change keeps the vCard and
 * iCalendar properties EAS cannot carry, and an import commits like any other change (Pings wake).
 */
class PimImportSyncTest extends SyncStoreFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    interface Decoder {
        ElementGroup<?> decode(org.pushbox.protocol.wbxml.WbxmlElement data, ProtocolVersion version) throws Exception;
    }

    /** A device of the account in one version, with its sync key for one folder. */
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
                    key.equals("0") ? null : true, 500, false, List.of(plainText), List.of(commands));
            SyncResponse response = SyncHarness.decode(h.send(SyncHarness.request(c), version, device), version);
            if (response == null) {
                return null;
            }
            SyncResponse.CollectionResponse r = SyncHarness.only(response);
            assertThat(r.status()).isEqualTo(SyncStatus.SUCCESS);
            key = r.syncKey();
            return r;
        }

        List<SyncResponse.Add> adds(Folder folder) throws Exception {
            sync(folder);
            List<SyncResponse.Add> adds = new ArrayList<>();
            SyncResponse.CollectionResponse r = sync(folder);
            r.commands().forEach(c -> adds.add((SyncResponse.Add) c));
            return adds;
        }
    }

    private ImportReport load(PimKind kind, String file) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/pim/" + file)) {
            return new PimImporter(store).run(h.anna, kind, null, in, BERLIN, PimImporter.Progress.NONE);
        }
    }

    /** The models the mappers make of a fixture, by subject or last name: what the import should store. */
    private static Map<String, ItemData> mapped(PimKind kind, String file) throws Exception {
        Map<String, ItemData> out = new LinkedHashMap<>();
        if (kind == PimKind.CONTACTS) {
            try (InputStream in = PimImportSyncTest.class.getResourceAsStream("/pim/" + file)) {
                for (VCard card : Ezvcard.parse(in).all()) {
                    Contact c = ContactVCardMapper.fromVCard(card).contact();
                    out.put(c.get(Contact.LAST_NAME), c);
                }
            }
            return out;
        }
        ZoneResolver zones = new ZoneResolver();
        IcsContext ctx = new IcsContext(zones, BERLIN, "anna@example.org");
        Map<String, List<IcsComponent>> byUid = new LinkedHashMap<>();
        try (InputStream in = PimImportSyncTest.class.getResourceAsStream("/pim/" + file)) {
            EntrySplitter splitter = EntrySplitter.icalendar(new SourceLines(in));
            EntrySplitter.Result r;
            while ((r = splitter.next()) != null) {
                IcsComponent c = IcsParser.parse(((EntrySplitter.Entry) r).entry().text());
                if (c.name().equals("VTIMEZONE")) {
                    zones.define(c);
                } else if (c.name().equals(kind.component())) {
                    byUid.computeIfAbsent(c.text("UID"), u -> new ArrayList<>()).add(c);
                }
            }
        }
        for (List<IcsComponent> group : byUid.values()) {
            IcsComponent master = group.stream().filter(c -> c.property("RECURRENCE-ID").isEmpty()).findFirst()
                    .orElseThrow();
            List<IcsComponent> overrides = group.stream().filter(c -> c != master).toList();
            switch (kind) {
                case CALENDAR -> {
                    CalendarEvent e = EventMapper.fromIcs(master, overrides, ctx).event();
                    out.put(e.get(CalendarEvent.SUBJECT), e);
                }
                case TASKS -> {
                    Task t = TaskMapper.fromIcs(master, ctx).task();
                    out.put(t.get(Task.SUBJECT), t);
                }
                default -> {
                    Note n = NoteMapper.fromIcs(master, ctx).note();
                    out.put(n.get(Note.SUBJECT), n);
                    out.put(n.get(Note.BODY).get(Body.DATA), n); // 12.1 knows no Notes elements, only the body
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.1", "14.1", "16.1"})
    void importedItemsReachDevicesAsTheCodecRendersThem(String versionText) throws Exception {
        ProtocolVersion version = ProtocolVersion.fromHeader(versionText).orElseThrow();
        check(version, PimKind.CONTACTS, "google-contacts.vcf", Contact::decode, null);
        check(version, PimKind.CONTACTS, "outlook-contacts.vcf", Contact::decode, null);
        check(version, PimKind.CALENDAR, "google-calendar.ics", CalendarEvent::decode, null);
        check(version, PimKind.CALENDAR, "outlook-calendar.ics", CalendarEvent::decode, null);
        check(version, PimKind.TASKS, "thunderbird.ics", Task::decode, null);
        check(version, PimKind.NOTES, "notes.ics", Note::decode, null);
    }

    private void check(ProtocolVersion version, PimKind kind, String file, Decoder decoder, Object unused)
            throws Exception {
        Folder folder = h.folder(kind.defaultFolder());
        store.transaction(tx -> {
            tx.items().ids(folder.id(), org.pushbox.storage.api.ItemFilter.ALL).forEach(tx.items()::delete);
            return null;
        });
        assertThat(load(kind, file).failures()).isEmpty();
        Map<String, ItemData> expected = mapped(kind, file);
        Phone phone = new Phone(kind.word() + file.hashCode() + version.toString().replace(".", ""), version);
        List<SyncResponse.Add> adds = phone.adds(folder);
        assertThat(adds).hasSize((int) expected.values().stream().distinct().count());
        for (SyncResponse.Add add : adds) {
            ElementGroup<?> read = decoder.decode(add.data().element(), version);
            String name = name(read);
            ItemData model = expected.get(name);
            assertThat(model).as("%s: %s", file, name).isNotNull();
            ElementGroup<?> rendered = decoder.decode(model.encode(version, EncodeOptions.TO_CLIENT), version);
            assertSame(read, rendered, file + " " + name + " in " + version);
            // Nothing of the kept vCard/iCalendar text reaches the device.
            assertThat(read.extras()).as("unmapped elements").isEmpty();
            assertThat(add.data().element().toString()).doesNotContain("X-GOOGLE", "X-MS-OL", "X-MOZ");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertSame(ElementGroup read, ElementGroup rendered, String how) {
        PimRoundTripTest.assertSameProperties(read, rendered, how);
    }

    private static String name(ElementGroup<?> g) {
        if (g instanceof Contact c) {
            return c.get(Contact.LAST_NAME);
        }
        if (g instanceof CalendarEvent e) {
            return e.get(CalendarEvent.SUBJECT);
        }
        if (g instanceof Task t) {
            return t.get(Task.SUBJECT);
        }
        Note n = (Note) g;
        return n.get(Note.SUBJECT) != null ? n.get(Note.SUBJECT) : n.get(Note.BODY).get(Body.DATA);
    }

    @Test
    void aDeviceChangeKeepsThePropertiesEasCannotCarry() throws Exception {
        load(PimKind.CONTACTS, "google-contacts.vcf");
        load(PimKind.CALENDAR, "google-calendar.ics");
        Phone phone = new Phone("CHANGER", ProtocolVersion.V14_1);
        Folder contacts = h.folder(PimKind.CONTACTS.defaultFolder());
        for (SyncResponse.Add add : phone.adds(contacts)) {
            Contact c = Contact.decode(add.data().element(), phone.version);
            if ("Schmidt".equals(c.get(Contact.LAST_NAME))) {
                phone.sync(contacts, new SyncRequest.Change(null, add.serverId(), null, new ApplicationData(
                        Contact.EMPTY.with(Contact.JOB_TITLE, "Head of Research").with(Contact.EMAIL1_ADDRESS, "")
                                .encode(phone.version, EncodeOptions.TO_SERVER))));
            }
        }
        phone.key = "0";
        Folder calendar = h.folder(PimKind.CALENDAR.defaultFolder());
        for (SyncResponse.Add add : phone.adds(calendar)) {
            CalendarEvent e = CalendarEvent.decode(add.data().element(), phone.version);
            if ("Q2 planning".equals(e.get(CalendarEvent.SUBJECT))) {
                phone.sync(calendar, new SyncRequest.Change(null, add.serverId(), null, new ApplicationData(
                        CalendarEvent.EMPTY.with(CalendarEvent.SUBJECT, "Q2 planning (moved)")
                                .with(CalendarEvent.REMINDER, 30).encode(phone.version, EncodeOptions.TO_SERVER))));
            }
        }
        String vcf = export(PimKind.CONTACTS);
        assertThat(vcf).contains("TITLE:Head of Research", "X-GOOGLE-TALK:anna.schmidt@gmail.com",
                "item1.X-ABLabel:Work", "EMAIL;TYPE=INTERNET:old-address@example.org")
                .doesNotContain("anna.schmidt@example.org");
        String ics = export(PimKind.CALENDAR);
        assertThat(ics).contains("SUMMARY:Q2 planning (moved)", "X-GOOGLE-CONFERENCE:https://meet.google.com/",
                "TRIGGER:-PT30M\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder");
    }

    @Test
    void anImportWakesWhoeverWatchesTheFolder() throws Exception {
        List<FolderModseq> seen = new CopyOnWriteArrayList<>();
        store.addCommitListener(event -> seen.addAll(event.folders()));
        load(PimKind.NOTES, "notes.ics");
        Folder notes = h.folder(PimKind.NOTES.defaultFolder());
        assertThat(seen).extracting(FolderModseq::folderId).contains(notes.id());
        assertThat(store.journal()).isNotNull();
    }

    private String export(PimKind kind) throws Exception {
        StringWriter out = new StringWriter();
        new PimExporter(store).run(h.anna, kind, null, VCardVersion.V3_0, out);
        return out.toString();
    }
}
