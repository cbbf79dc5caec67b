package org.pushbox.server.pim;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.pim.ical.EventMapper;
import org.pushbox.server.pim.ical.IcsComponent;
import org.pushbox.server.pim.ical.IcsContext;
import org.pushbox.server.pim.ical.IcsParser;
import org.pushbox.server.pim.ical.MappingException;
import org.pushbox.server.pim.ical.NoteMapper;
import org.pushbox.server.pim.ical.TaskMapper;
import org.pushbox.server.pim.ical.ZoneResolver;
import org.pushbox.server.pim.vcard.ContactVCard;
import org.pushbox.server.pim.vcard.ContactVCardMapper;
import org.pushbox.server.sync.mapping.ClientWrite;
import org.pushbox.server.sync.mapping.ItemMapper;
import org.pushbox.server.sync.mapping.StoredPictures;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/**
 * Imports a vCard or iCalendar stream into one folder of an account, entry by entry: each entry becomes
 * the item a device's Sync Add of the same data would have made (the Sync mapping turns the model into
 * properties), plus its UID and the properties EAS cannot carry. Entries are stored in batches through
 * the store, so the change journal records them and commit listeners wake held Pings. A broken entry is
 * reported with its line and the rest is imported. The same UID again updates the item.
 */
public final class PimImporter {

    /** Told after each entry; {@code bytes} read so far. */
    public interface Progress {
        Progress NONE = (bytes, entries) -> { };

        void update(long bytes, int entries);
    }

    static final int BATCH = 100;
    /** Series kept back for their overrides (RECURRENCE-ID components may follow later in the file). */
    static final int PENDING_SERIES = 1000;

    private final MailboxStore store;
    private final int pictureMaxBytes;

    /** With the default contact picture limit. */
    public PimImporter(MailboxStore store) {
        this(store, ContactVCardMapper.DEFAULT_PICTURE_MAX_BYTES);
    }

    /** @param pictureMaxBytes {@code pim.contact-picture-max-bytes}: larger photos are kept, not made Pictures */
    public PimImporter(MailboxStore store, int pictureMaxBytes) {
        this.store = store;
        this.pictureMaxBytes = pictureMaxBytes;
    }

    /**
     * @param folderName null for the account's default folder of the class
     * @param zone       the zone of floating times and all-day dates when the file names none
     */
    public ImportReport run(Account account, PimKind kind, String folderName, InputStream in, ZoneId zone,
            Progress progress) throws IOException {
        Folder folder = PimFolders.resolve(store, account, kind, folderName);
        Run run = new Run(account, kind, folder, zone);
        CountingStream counted = new CountingStream(in);
        SourceLines lines = new SourceLines(new BufferedInputStream(counted, 1 << 16));
        EntrySplitter splitter = kind.isVCard() ? EntrySplitter.vcard(lines) : EntrySplitter.icalendar(lines);
        int entries = 0;
        EntrySplitter.Result result;
        while ((result = splitter.next()) != null) {
            if (result instanceof EntrySplitter.EntryError error) {
                run.report.failed(error.line(), error.message());
            } else {
                SourceEntry entry = ((EntrySplitter.Entry) result).entry();
                try {
                    run.entry(entry);
                } catch (RuntimeException e) {
                    // Input nothing anticipated (e.g. a date like --0230 that ez-vcard accepts but no calendar
                    // has): this entry fails, the import goes on.
                    run.report.failed(entry.firstLine(), entry.name() + ": " + e);
                }
            }
            progress.update(counted.count, ++entries);
        }
        run.finish();
        return run.report;
    }

    /** One import: the pending batch, the UID index and the report. */
    private final class Run {
        final ImportReport report = new ImportReport();
        final PimKind kind;
        final Folder folder;
        final UidIndex index;
        final IcsContext context;
        final ZoneResolver zones = new ZoneResolver();
        final List<Pending> batch = new ArrayList<>();
        /** Series by UID, waiting for overrides; the oldest is stored when there are too many. */
        final LinkedHashMap<String, Series> series = new LinkedHashMap<>();
        /** Overrides seen before their series. */
        final Map<String, List<Located>> orphans = new LinkedHashMap<>();

        Run(Account account, PimKind kind, Folder folder, ZoneId zone) {
            this.kind = kind;
            this.folder = folder;
            this.index = UidIndex.load(store, folder.id(), kind.uidKey());
            String owner = account.primaryAddress() != null ? account.primaryAddress() : account.login();
            this.context = new IcsContext(zones, zone, owner);
        }

        void entry(SourceEntry entry) {
            if (kind.isVCard()) {
                contact(entry);
                return;
            }
            IcsComponent c;
            try {
                c = IcsParser.parse(entry.text());
            } catch (IcsParser.IcsSyntaxException e) {
                report.failed(entry.firstLine() + e.line() - 1, entry.name() + ": " + e.getMessage());
                return;
            }
            if (c.name().equals("VTIMEZONE")) {
                zones.define(c);
            } else if (!c.name().equals(kind.component())) {
                report.skipped();
            } else if (kind == PimKind.CALENDAR) {
                event(new Located(c, entry.firstLine()));
            } else {
                try {
                    if (kind == PimKind.TASKS) {
                        TaskMapper.Imported t = TaskMapper.fromIcs(c, context);
                        add(entry.firstLine(), t.uid(), t.task(), t.extra());
                    } else {
                        NoteMapper.Imported n = NoteMapper.fromIcs(c, context);
                        add(entry.firstLine(), n.uid(), n.note(), n.extra());
                    }
                } catch (MappingException e) {
                    report.failed(entry.firstLine(), c.name() + ": " + e.getMessage());
                }
            }
        }

        private void contact(SourceEntry entry) {
            VCard card;
            try (VCardReader reader = new VCardReader(entry.text())) {
                card = reader.readNext();
            } catch (IOException | RuntimeException e) {
                report.failed(entry.firstLine(), "VCARD: " + e.getMessage());
                return;
            }
            if (card == null) {
                report.failed(entry.firstLine(), "VCARD: not a vCard");
                return;
            }
            ContactVCard c = ContactVCardMapper.fromVCard(card, pictureMaxBytes);
            if (c.warning() != null) {
                report.warned(entry.firstLine(), "VCARD: " + c.warning());
            }
            add(entry.firstLine(), c.uid(), c.contact(), c.extra());
        }

        private void event(Located c) {
            String uid = c.component().text("UID");
            if (c.component().property("RECURRENCE-ID").isPresent()) {
                Series s = uid == null ? null : series.get(uid);
                if (s != null) {
                    s.overrides.add(c);
                } else {
                    orphans.computeIfAbsent(uid == null ? "" : uid, k -> new ArrayList<>()).add(c);
                }
                return;
            }
            Series s = new Series(c);
            List<Located> early = uid == null ? null : orphans.remove(uid);
            if (early != null) {
                s.overrides.addAll(early);
            }
            if (uid == null) {
                store(s);
                return;
            }
            Series before = series.remove(uid);
            if (before != null) {
                store(before); // the same UID twice: the later one wins, as on re-import
            }
            series.put(uid, s);
            if (series.size() > PENDING_SERIES) {
                String oldest = series.keySet().iterator().next();
                store(series.remove(oldest));
            }
        }

        private void store(Series s) {
            try {
                List<IcsComponent> overrides = s.overrides.stream().map(Located::component).toList();
                EventMapper.Imported e = EventMapper.fromIcs(s.master.component(), overrides, context);
                add(s.master.line(), e.event().get(org.pushbox.protocol.model.CalendarEvent.UID), e.event(), e.extra());
            } catch (MappingException e) {
                report.failed(s.master.line(), "VEVENT: " + e.getMessage());
            } catch (RuntimeException e) {
                report.failed(s.master.line(), "VEVENT: " + e);
            }
        }

        private void add(int line, String uid, ItemData data, String extra) {
            ItemContent mapped = newItem(data);
            PropertyMap.Builder props = mapped.properties().toBuilder();
            if (uid != null && kind != PimKind.CALENDAR) {
                props.put(PimKeys.SOURCE_UID, new PropertyValue.Text(uid));
            }
            if (extra != null) {
                props.put(kind.extraKey(), new PropertyValue.Text(extra));
            }
            batch.add(new Pending(line, uid, new ItemContent(mapped.itemClass(), props.build(), null, null, null)));
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        /** As a device's Add makes it: a contact's picture goes to the blob store before the batch's transaction. */
        private ItemContent newItem(ItemData data) {
            ItemMapper mapper = ItemMapper.of(kind.protocolClass());
            if (!(data instanceof Contact contact) || !contact.has(Contact.PICTURE)) {
                return mapper.newItem(data);
            }
            try {
                StoredPictures pictures = StoredPictures.of(List.of(contact.get(Contact.PICTURE)), store.blobs());
                // A new item with no Supported list: the version only matters to what a Change keeps.
                return mapper.newItem(data, new ClientWrite(ProtocolVersion.V16_1, null, pictures));
            } catch (IOException e) {
                throw new UncheckedIOException("storing the contact picture", e);
            }
        }

        void finish() {
            new ArrayList<>(series.values()).forEach(this::store);
            series.clear();
            orphans.forEach((uid, list) -> list.forEach(o -> report.failed(o.line(),
                    "VEVENT: RECURRENCE-ID without its series in this file (UID " + uid + ")")));
            flush();
        }

        /** Stores the batch in one transaction; if that fails, entry by entry, so one bad entry fails alone. */
        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> work = List.copyOf(batch);
            batch.clear();
            try {
                // The index is updated only after the commit: a retried transaction must not see rolled-back ids.
                List<long[]> stored = store.transaction(tx -> {
                    List<long[]> out = new ArrayList<>();
                    Map<String, Long> added = new LinkedHashMap<>();
                    for (Pending p : work) {
                        Long existing = p.uid == null ? null : added.containsKey(p.uid) ? added.get(p.uid)
                                : index.find(p.uid);
                        if (existing != null && tx.items().get(existing).filter(i -> i.folderId() == folder.id())
                                .isPresent()) {
                            tx.items().replace(existing, p.content);
                            out.add(new long[] {existing, 1});
                        } else {
                            long id = tx.items().add(folder.id(), p.content).id();
                            if (p.uid != null) {
                                added.put(p.uid, id);
                            }
                            out.add(new long[] {id, 0});
                        }
                    }
                    return out;
                });
                for (int i = 0; i < work.size(); i++) {
                    index.put(work.get(i).uid, stored.get(i)[0]);
                    if (stored.get(i)[1] == 1) {
                        report.updated();
                    } else {
                        report.added();
                    }
                }
            } catch (RuntimeException e) {
                if (work.size() == 1) {
                    report.failed(work.get(0).line, "not stored: " + e.getMessage());
                } else {
                    for (Pending p : work) {
                        batch.add(p);
                        flush();
                    }
                }
            }
        }
    }

    private record Pending(int line, String uid, ItemContent content) {
    }

    private record Located(IcsComponent component, int line) {
    }

    private static final class Series {
        final Located master;
        final List<Located> overrides = new ArrayList<>();

        Series(Located master) {
            this.master = master;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
