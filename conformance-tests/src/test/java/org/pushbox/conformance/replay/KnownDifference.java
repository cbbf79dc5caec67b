package org.pushbox.conformance.replay;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The kinds of difference between pushbox's and Exchange's answers that are understood and explained in
 * docs/compatibility.md (under the same names). A difference of no kind here fails the replay.
 */
enum KnownDifference {
    /**
     * Exchange sends an item without a body (a contact without notes) with an empty AirSyncBase Body
     * (Type, EstimatedDataSize 0); pushbox sends no Body. Devices read both as "no notes".
     */
    EMPTY_BODY_OMITTED(d -> d.command().equals("Sync") && d.kind() == Difference.Kind.ONLY_EXCHANGE
            && d.path().endsWith("/ApplicationData/Body"));

    private final Predicate<Difference> matches;

    KnownDifference(Predicate<Difference> matches) {
        this.matches = matches;
    }

    static Optional<KnownDifference> explain(Difference d) {
        for (KnownDifference k : values()) {
            if (k.matches.test(d)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
