package org.pushbox.conformance.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the replay of one capture found: per exchange identical, explained differences, not implemented. */
final class ReplayResult {

    private final String capture;
    private int exchanges;
    private int identical;
    private int explained;
    private final List<String> notImplemented = new ArrayList<>();
    private final List<String> notReplayable = new ArrayList<>();
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final List<String> unexplained = new ArrayList<>();
    private List<Path> xsdFiles = List.of();

    ReplayResult(String capture) {
        this.capture = capture;
    }

    void notImplemented(CapturedExchange x) {
        exchanges++;
        notImplemented.add(x.toString());
    }

    /** Sent, but the capture refers to something the replay cannot recreate (Exchange's attachment names). */
    void notReplayable(CapturedExchange x) {
        exchanges++;
        notReplayable.add(x.toString());
    }

    void compared(CapturedExchange x, List<Difference> differences) {
        exchanges++;
        if (differences.isEmpty()) {
            identical++;
            return;
        }
        boolean allExplained = true;
        for (Difference d : differences) {
            var why = KnownDifference.explain(d);
            if (why.isPresent()) {
                kinds.merge(why.get().name(), 1, Integer::sum);
            } else {
                allExplained = false;
                unexplained.add(x + ": " + d);
            }
        }
        if (allExplained) {
            explained++;
        }
    }

    void xsdFiles(List<Path> files) {
        this.xsdFiles = List.copyOf(files);
    }

    List<Path> xsdFiles() {
        return xsdFiles;
    }

    List<String> unexplained() {
        return unexplained;
    }

    int exchanges() {
        return exchanges;
    }

    int identical() {
        return identical;
    }

    int explained() {
        return explained;
    }

    int notImplementedCount() {
        return notImplemented.size();
    }

    int notReplayableCount() {
        return notReplayable.size();
    }

    Map<String, Integer> kinds() {
        return kinds;
    }

    String summary() {
        StringBuilder sb = new StringBuilder(String.format("%-60s %3d exchanges: %3d identical, %3d with explained "
                + "differences, %3d not implemented %s, %d not replayable %s, %d unexplained differences", capture, exchanges,
                identical, explained, notImplemented.size(), notImplemented.isEmpty() ? "" : notImplemented,
                notReplayable.size(), notReplayable.isEmpty() ? "" : notReplayable, unexplained.size()));
        kinds.forEach((k, n) -> sb.append("\n    ").append(k).append(": ").append(n));
        return sb.toString();
    }
}
