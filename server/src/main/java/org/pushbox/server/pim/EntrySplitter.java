package org.pushbox.server.pim;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a vCard or iCalendar stream into entries, one at a time, so that a file with thousands of entries
 * is never held whole. For vCard an entry is each top-level {@code VCARD}; for iCalendar each component
 * directly inside {@code VCALENDAR} (VEVENT, VTODO, VJOURNAL, VTIMEZONE, ...). Physical lines are kept as
 * they are (folded lines and quoted-printable soft breaks stay inside their entry); only lines starting
 * with BEGIN: or END: (which cannot be continuation lines) are looked at.
 *
 * <p>A broken entry (a BEGIN without its END, an END without a BEGIN, stray text between entries) is
 * reported as an {@link EntryError} naming its line, and cutting goes on with the next entry.
 */
public final class EntrySplitter {

    /** Bounds one entry, so that a missing END cannot make an entry swallow a huge file. */
    public static final int MAX_ENTRY_CHARS = 8 << 20;
    private static final int MAX_DEPTH = 16;

    /** An entry, or an error instead of one. */
    public sealed interface Result permits Entry, EntryError {
    }

    public record Entry(SourceEntry entry) implements Result {
    }

    public record EntryError(int line, String message) implements Result {
    }

    private final SourceLines lines;
    private final String container;
    private String pending;
    private int pendingNumber;
    private boolean insideContainer;

    /**
     * @param container null for vCard (entries at the top level), {@code VCALENDAR} for iCalendar
     */
    public EntrySplitter(SourceLines lines, String container) {
        this.lines = lines;
        this.container = container;
    }

    public static EntrySplitter vcard(SourceLines lines) {
        return new EntrySplitter(lines, null);
    }

    public static EntrySplitter icalendar(SourceLines lines) {
        return new EntrySplitter(lines, "VCALENDAR");
    }

    /** The next entry or error; null at the end of the input. */
    public Result next() throws IOException {
        while (true) {
            String line = take();
            if (line == null) {
                return null;
            }
            int number = number();
            String begin = marker(line, "BEGIN:");
            String end = marker(line, "END:");
            if (container != null && !insideContainer) {
                if (container.equals(begin)) {
                    insideContainer = true;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                return new EntryError(number, "expected BEGIN:" + container + ", found '" + abbreviate(line) + "'");
            }
            if (container != null && container.equals(end)) {
                insideContainer = false;
                continue;
            }
            if (begin != null) {
                return readEntry(begin, line, number);
            }
            if (end != null) {
                return new EntryError(number, "END:" + end + " without BEGIN:" + end);
            }
            if (container != null && insideContainer) {
                continue; // calendar properties (VERSION, PRODID, X-WR-CALNAME...): not entries
            }
            if (!line.isBlank()) {
                return new EntryError(number, "text outside BEGIN:VCARD/END:VCARD: '" + abbreviate(line) + "'");
            }
        }
    }

    private Result readEntry(String name, String firstLine, int firstNumber) throws IOException {
        StringBuilder text = new StringBuilder(firstLine).append("\r\n");
        String[] open = new String[MAX_DEPTH];
        int depth = 0;
        open[depth++] = name;
        while (true) {
            String line = take();
            if (line == null) {
                return new EntryError(firstNumber, "BEGIN:" + name + " without END:" + name);
            }
            String begin = marker(line, "BEGIN:");
            String end = marker(line, "END:");
            if (begin != null && startsEntry(begin) || container != null && container.equals(end)) {
                // A new entry (or the end of the calendar) starts before this one ended: report it, keep the line.
                pending = line;
                pendingNumber = number();
                return new EntryError(firstNumber, "BEGIN:" + name + " without END:" + name);
            }
            text.append(line).append("\r\n");
            if (text.length() > MAX_ENTRY_CHARS) {
                skipTo(name);
                return new EntryError(firstNumber, name + " longer than " + MAX_ENTRY_CHARS + " characters");
            }
            if (begin != null) {
                if (depth == MAX_DEPTH) {
                    skipTo(name);
                    return new EntryError(firstNumber, name + " nests components deeper than " + MAX_DEPTH);
                }
                open[depth++] = begin;
            } else if (end != null) {
                if (!end.equals(open[depth - 1])) {
                    skipTo(name);
                    return new EntryError(number(), "END:" + end + " where END:" + open[depth - 1] + " was expected");
                }
                depth--;
                if (depth == 0) {
                    return new Entry(new SourceEntry(name, firstNumber, text.toString()));
                }
            }
        }
    }

    /** Whether a BEGIN of {@code name} can only be the start of a new entry (it never nests). */
    private boolean startsEntry(String name) {
        return container == null ? "VCARD".equals(name)
                : container.equals(name) || Set.of("VEVENT", "VTODO", "VJOURNAL", "VTIMEZONE", "VFREEBUSY").contains(name);
    }

    /** After a broken entry: drop lines up to its END (or the next entry's BEGIN). */
    private void skipTo(String name) throws IOException {
        String line;
        while ((line = take()) != null) {
            if (name.equals(marker(line, "END:"))) {
                return;
            }
            String begin = marker(line, "BEGIN:");
            if (begin != null && startsEntry(begin) || container != null && container.equals(marker(line, "END:"))) {
                pending = line;
                pendingNumber = number();
                return;
            }
        }
    }

    private int current;

    private String take() throws IOException {
        if (pending != null) {
            String line = pending;
            current = pendingNumber;
            pending = null;
            return line;
        }
        String line = lines.next();
        current = lines.number();
        return line;
    }

    private int number() {
        return current;
    }

    /** The upper-cased name after {@code BEGIN:} or {@code END:}, or null. */
    static String marker(String line, String prefix) {
        if (line.length() < prefix.length() || !line.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        return line.substring(prefix.length()).trim().toUpperCase(Locale.ROOT);
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
