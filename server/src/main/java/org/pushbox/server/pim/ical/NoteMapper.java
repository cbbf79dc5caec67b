package org.pushbox.server.pim.ical;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Note;

/**
 * VJOURNAL to {@link Note} and back (docs/notes.md): SUMMARY is the subject, DESCRIPTION the body,
 * CATEGORIES the categories (Outlook's note colours), LAST-MODIFIED the modification date. Everything else
 * (DTSTART, CLASS, ...) is kept.
 */
public final class NoteMapper {

    static final String STICKY_NOTE = "IPM.StickyNote";
    private static final Set<String> MAPPED = Set.of("UID", "SUMMARY", "DESCRIPTION", "CATEGORIES", "LAST-MODIFIED");

    /** An imported note, its UID and the kept extra text (null when nothing was left over). */
    public record Imported(Note note, String uid, String extra) {
    }

    private NoteMapper() {
    }

    public static Imported fromIcs(IcsComponent v, IcsContext ctx) throws MappingException {
        Note n = Note.EMPTY.with(Note.SUBJECT, v.text("SUMMARY") == null ? "" : v.text("SUMMARY"))
                .with(Note.MESSAGE_CLASS, STICKY_NOTE);
        List<String> descriptions = v.all("DESCRIPTION").stream().map(IcsProperty::text).toList();
        n = n.with(Note.BODY, Body.of(Body.PLAIN_TEXT, String.join("\n", descriptions)));
        List<String> categories = new ArrayList<>();
        v.all("CATEGORIES").forEach(c -> categories.addAll(c.texts()));
        if (!categories.isEmpty()) {
            n = n.with(Note.CATEGORIES, categories);
        }
        IcsProperty modified = v.property("LAST-MODIFIED").orElse(null);
        if (modified != null) {
            try {
                n = n.with(Note.LAST_MODIFIED_DATE, IcsTimes.parse(modified, ctx.zones(), ZoneOffset.UTC).instant());
            } catch (IcsTimes.BadTimeException e) {
                throw new MappingException(e.getMessage());
            }
        }
        IcsComponent.Builder extra = new IcsComponent.Builder("VJOURNAL");
        boolean kept = false;
        for (IcsProperty p : v.properties()) {
            if (!MAPPED.contains(p.name())) {
                extra.add(p);
                kept = true;
            }
        }
        for (IcsComponent sub : v.components()) {
            extra.add(sub);
            kept = true;
        }
        return new Imported(n, v.text("UID"), kept ? IcsWriter.toText(extra.build()) : null);
    }

    public static IcsComponent toIcs(Note n, String uid, String extraText) {
        IcsComponent extra = EventMapper.parseExtra(extraText);
        IcsComponent.Builder b = new IcsComponent.Builder("VJOURNAL");
        b.add(IcsProperty.text("UID", uid));
        if (n.get(Note.SUBJECT) != null && !n.get(Note.SUBJECT).isEmpty()) {
            b.add(IcsProperty.text("SUMMARY", n.get(Note.SUBJECT)));
        }
        Body body = n.get(Note.BODY);
        if (body != null && body.get(Body.DATA) != null && !body.get(Body.DATA).isEmpty()) {
            b.add(IcsProperty.text("DESCRIPTION", body.get(Body.DATA)));
        }
        List<String> categories = n.get(Note.CATEGORIES);
        if (categories != null && !categories.isEmpty()) {
            b.add(IcsProperty.of("CATEGORIES", String.join(",", categories.stream().map(IcsProperty::escape).toList())));
        }
        if (n.get(Note.LAST_MODIFIED_DATE) != null) {
            b.add(IcsProperty.of("LAST-MODIFIED", IcsTimes.utc(n.get(Note.LAST_MODIFIED_DATE))));
        }
        if (extra != null) {
            b.addAll(extra.properties());
            extra.components().forEach(b::add);
        }
        return b.build();
    }
}
