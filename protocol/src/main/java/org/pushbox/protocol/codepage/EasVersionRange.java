package org.pushbox.protocol.codepage;

import java.util.EnumSet;
import java.util.Set;

/**
 * The contiguous run of protocol versions in which the specification lists a tag, or
 * {@link #NONE} for legacy tokens that no current specification table lists.
 *
 * <p>Every row of the MS-ASWBXML tag table is such a run ("all", "12.0+", "up to 14.1",
 * "12.0 to 16.0"), so two bounds say everything a set would.
 */
public final class EasVersionRange {

    /** Known to every version in {@link EasVersion}. */
    public static final EasVersionRange ALL = new EasVersionRange(EasVersion.V2_5, EasVersion.V16_1);
    /** Known to no current version: legacy tokens, accepted on input only. */
    public static final EasVersionRange NONE = new EasVersionRange(null, null);

    private final EasVersion first;
    private final EasVersion last;

    private EasVersionRange(EasVersion first, EasVersion last) {
        this.first = first;
        this.last = last;
    }

    /** The versions from {@code first} to {@code last}, both included. */
    public static EasVersionRange of(EasVersion first, EasVersion last) {
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("empty range " + first + " - " + last);
        }
        return first == EasVersion.V2_5 && last == EasVersion.V16_1 ? ALL : new EasVersionRange(first, last);
    }

    /**
     * Parses the table notation: {@code all}, {@code legacy}, {@code 12.0+}, {@code <=14.1},
     * {@code 12.0-16.0}.
     */
    public static EasVersionRange parse(String notation) {
        if (notation.equals("all")) {
            return ALL;
        }
        if (notation.equals("legacy")) {
            return NONE;
        }
        if (notation.endsWith("+")) {
            return of(version(notation.substring(0, notation.length() - 1)), EasVersion.V16_1);
        }
        if (notation.startsWith("<=")) {
            return of(EasVersion.V2_5, version(notation.substring(2)));
        }
        int dash = notation.indexOf('-');
        if (dash > 0) {
            return of(version(notation.substring(0, dash)), version(notation.substring(dash + 1)));
        }
        EasVersion only = version(notation);
        return of(only, only);
    }

    private static EasVersion version(String text) {
        EasVersion v = EasVersion.fromText(text);
        if (v == null) {
            throw new IllegalArgumentException("unknown EAS version '" + text + "'");
        }
        return v;
    }

    public boolean contains(EasVersion version) {
        return first != null && version.compareTo(first) >= 0 && version.compareTo(last) <= 0;
    }

    public boolean isEmpty() {
        return first == null;
    }

    /** The versions as a set (empty for {@link #NONE}). */
    public Set<EasVersion> versions() {
        return first == null ? EnumSet.noneOf(EasVersion.class) : EnumSet.range(first, last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EasVersionRange r && first == r.first && last == r.last;
    }

    @Override
    public int hashCode() {
        return (first == null ? 0 : first.hashCode() * 31) + (last == null ? 0 : last.hashCode());
    }

    @Override
    public String toString() {
        if (first == null) {
            return "legacy";
        }
        if (this.equals(ALL)) {
            return "all";
        }
        if (last == EasVersion.V16_1) {
            return first + "+";
        }
        if (first == EasVersion.V2_5) {
            return "<=" + last;
        }
        return first == last ? first.toString() : first + "-" + last;
    }
}
