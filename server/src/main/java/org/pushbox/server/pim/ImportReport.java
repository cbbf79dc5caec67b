package org.pushbox.server.pim;

import java.util.ArrayList;
import java.util.List;

/** What an import did: entries added and updated (same UID again), skipped components, and each failure. */
public final class ImportReport {

    /** One entry that was not imported, with the line it starts on (or the line of the fault). */
    public record Failure(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /** One entry imported with a loss worth telling (a photo too large to sync), with the line it starts on. */
    public record Warning(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": warning: " + message;
        }
    }

    /** At most this many failures (and as many warnings) are listed; the count goes on. */
    public static final int MAX_LISTED = 1000;

    private int added;
    private int updated;
    private int skipped;
    private int failed;
    private final List<Failure> failures = new ArrayList<>();
    private int warned;
    private final List<Warning> warnings = new ArrayList<>();

    void added() {
        added++;
    }

    void updated() {
        updated++;
    }

    void skipped() {
        skipped++;
    }

    void failed(int line, String message) {
        failed++;
        if (failures.size() < MAX_LISTED) {
            failures.add(new Failure(line, message));
        }
    }

    void warned(int line, String message) {
        warned++;
        if (warnings.size() < MAX_LISTED) {
            warnings.add(new Warning(line, message));
        }
    }

    public int addedCount() {
        return added;
    }

    public int updatedCount() {
        return updated;
    }

    /** Components of another class in the file (a VTODO in a calendar import), left alone. */
    public int skippedCount() {
        return skipped;
    }

    public int failedCount() {
        return failed;
    }

    public int importedCount() {
        return added + updated;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Entries imported with a warning; they do not change the exit code. */
    public int warnedCount() {
        return warned;
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** 0 when everything was imported, 2 when some entries failed, 1 when none could be imported. */
    public int exitCode() {
        if (failed == 0) {
            return 0;
        }
        return importedCount() > 0 ? 2 : 1;
    }

    /** One line: "12 imported (10 added, 2 updated), 1 failed, 0 skipped". */
    public String summary() {
        return importedCount() + " imported (" + added + " added, " + updated + " updated), " + failed + " failed"
                + (skipped > 0 ? ", " + skipped + " skipped (other components)" : "")
                + (warned > 0 ? ", " + warned + " with warnings" : "");
    }
}
