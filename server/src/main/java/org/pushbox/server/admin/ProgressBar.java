package org.pushbox.server.admin;

import java.io.Console;
import java.io.PrintStream;

/**
 * A one-line progress bar on the terminal's standard error ({@code [#####-----] 48%  1,234 entries}),
 * redrawn at most every 200 ms. Silent when standard input/output is not a terminal (scripts, tests,
 * pipes), so logs never fill with carriage returns.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final long total;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    /** A bar on stderr when there is a terminal; else one that prints nothing. */
    static ProgressBar onTerminal(long totalBytes) {
        Console console = System.console();
        return new ProgressBar(console == null ? null : System.err, totalBytes);
    }

    void update(long bytes, int entries) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print("\r" + line(bytes, entries, total));
        out.flush();
    }

    void done() {
        if (out != null && drawn) {
            out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            out.flush();
        }
    }

    /** The bar's text; without a known size only the count. */
    static String line(long bytes, int entries, long total) {
        String count = String.format("%,d entries", entries);
        if (total <= 0) {
            return count;
        }
        int percent = (int) Math.min(100, bytes * 100 / total);
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format("%3d%%  ", percent) + count;
    }
}
