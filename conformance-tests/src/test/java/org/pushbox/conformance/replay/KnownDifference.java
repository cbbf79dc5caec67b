package org.pushbox.conformance.replay;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The kinds of difference between pushbox's and Exchange's answers that are understood and explained in
 * docs/compatibility.md (under the same names). A difference of no kind here fails the replay.
 */
enum KnownDifference {
    PLACEHOLDER(d -> false);

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
