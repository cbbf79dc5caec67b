package org.pushbox.conformance.replay;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the bodies of mail written in plain text that a device asked for as HTML: Exchange wraps the text in
 * its own HTML (it says so: {@code <!-- converted from text -->}), pushbox in a minimal one, so the Data and
 * the EstimatedDataSize of that body differ. Both the Data difference and the size difference of the same
 * item are marked {@link Difference.Finding#HTML_CONVERTED_FROM_TEXT}; nothing else is.
 */
final class ConvertedBodies {

    /** What Exchange writes into the HTML it makes from a plain-text body. */
    static final String EXCHANGE_MARK = "<!-- converted from text -->";

    private ConvertedBodies() {
    }

    static List<Difference> mark(List<Difference> diffs) {
        Set<String> converted = new HashSet<>();
        for (Difference d : diffs) {
            if (isBody(d, "Data") && d.exchange() != null && d.exchange().contains(EXCHANGE_MARK)) {
                converted.add(d.item());
            }
        }
        return diffs.stream().map(d -> converted.contains(d.item()) && (isBody(d, "Data") || isBody(d,
                "EstimatedDataSize")) ? d.found(Difference.Finding.HTML_CONVERTED_FROM_TEXT) : d).toList();
    }

    private static boolean isBody(Difference d, String element) {
        return d.command().equals("Sync") && d.kind() == Difference.Kind.VALUE && d.item() != null
                && d.path().endsWith("/ApplicationData/Body/" + element);
    }
}
