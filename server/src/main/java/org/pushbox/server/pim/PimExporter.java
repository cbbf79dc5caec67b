package org.pushbox.server.pim;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.model.Note;
import org.pushbox.protocol.model.Task;
import org.pushbox.protocol.model.TimeZoneInformation;
import org.pushbox.server.pim.ical.EventMapper;
import org.pushbox.server.pim.ical.IcsComponent;
import org.pushbox.server.pim.ical.IcsWriter;
import org.pushbox.server.pim.ical.NoteMapper;
import org.pushbox.server.pim.ical.TaskMapper;
import org.pushbox.server.pim.ical.VTimeZones;
import org.pushbox.server.pim.vcard.ContactVCardMapper;
import org.pushbox.server.sync.mapping.BodyRequest;
import org.pushbox.server.sync.mapping.ItemMapper;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyValue;

/**
 * Writes one folder as vCard or iCalendar, reading the items in pages so that a large folder is never
 * held whole. Each item is read through the Sync mapping (what a device would be sent, whole plain-text
 * body) and written with its UID and the vCard/iCalendar properties kept from its import, so the
 * properties EAS cannot carry come back out, also after a device changed the item.
 */
public final class PimExporter {

    private static final int PAGE = 200;
    static final String PRODID = "-//pushbox//iCalendar export//EN";

    private final MailboxStore store;

    public PimExporter(MailboxStore store) {
        this.store = store;
    }

    /** @return the number of items written */
    public int run(Account account, PimKind kind, String folderName, VCardVersion vcardVersion, Writer out)
            throws IOException {
        Folder folder = PimFolders.resolve(store, account, kind, folderName);
        List<Long> ids = store.items().ids(folder.id(), ItemFilter.ALL);
        if (kind.isVCard()) {
            VCardWriter writer = new VCardWriter(out, vcardVersion);
            int[] count = {0};
            forEach(ids, kind, (item, data) -> {
                VCard card = ContactVCardMapper.toVCard((Contact) data, UidIndex.exportUid(item, kind.uidKey()),
                        extra(item, kind), vcardVersion);
                try {
                    ContactVCardMapper.write(card, writer);
                } catch (IOException e) {
                    throw new UncheckedIo(e);
                }
                count[0]++;
            });
            writer.flush();
            return count[0];
        }
        IcsWriter writer = new IcsWriter(out);
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:" + PRODID);
        writer.line("CALSCALE:GREGORIAN");
        if (kind == PimKind.CALENDAR) {
            // VTIMEZONEs first (some readers need them before use): one pass to find the zones.
            Set<String> zoneIds = new TreeSet<>();
            forEach(ids, kind, (item, data) -> {
                CalendarEvent e = (CalendarEvent) data;
                Instant start = e.get(CalendarEvent.START_TIME);
                TimeZoneInformation tz = e.get(CalendarEvent.TIMEZONE);
                if (tz != null && start != null) {
                    Set<ZoneId> zones = new java.util.HashSet<>();
                    EventMapper.toIcs(e, null, zones);
                    zones.forEach(z -> zoneIds.add(z.getId()));
                }
            });
            for (String id : zoneIds) {
                java.util.Optional<IcsComponent> vtimezone = VTimeZones.of(ZoneId.of(id));
                if (vtimezone.isPresent()) {
                    writer.write(vtimezone.get());
                }
            }
        }
        int[] count = {0};
        forEach(ids, kind, (item, data) -> {
            String uid = UidIndex.exportUid(item, kind.uidKey());
            try {
                List<IcsComponent> components = switch (kind) {
                    case CALENDAR -> EventMapper.toIcs(((CalendarEvent) data).with(CalendarEvent.UID, uid),
                            extra(item, kind), new java.util.HashSet<>());
                    case TASKS -> List.of(TaskMapper.toIcs((Task) data, uid, extra(item, kind)));
                    default -> List.of(NoteMapper.toIcs((Note) data, uid, extra(item, kind)));
                };
                for (IcsComponent c : components) {
                    writer.write(c);
                }
            } catch (IOException e) {
                throw new UncheckedIo(e);
            }
            count[0]++;
        });
        writer.line("END:VCALENDAR");
        writer.flush();
        return count[0];
    }

    private void forEach(List<Long> ids, PimKind kind, java.util.function.BiConsumer<Item, ItemData> action)
            throws IOException {
        ItemMapper mapper = ItemMapper.of(kind.protocolClass());
        try {
            for (int i = 0; i < ids.size(); i += PAGE) {
                for (Item item : store.items().getAll(ids.subList(i, Math.min(ids.size(), i + PAGE)))) {
                    action.accept(item, mapper.toClient(item, BodyRequest.DEFAULT, store.blobs()));
                }
            }
        } catch (UncheckedIo e) {
            throw e.getCause();
        }
    }

    private static String extra(Item item, PimKind kind) {
        return item.properties().asMap().get(kind.extraKey()) instanceof PropertyValue.Text t ? t.value() : null;
    }

    /** Carries a write failure out of the per-item callback. */
    private static final class UncheckedIo extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedIo(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

}
