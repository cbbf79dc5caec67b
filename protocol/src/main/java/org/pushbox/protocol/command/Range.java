package org.pushbox.protocol.command;

/**
 * An inclusive range {@code first-last} as EAS writes it: bytes in ItemOperations ({@code 0-1023}),
 * result rows in Search and Find ({@code 0-99}).
 */
public record Range(long first, long last) {

    public Range {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid range " + first + "-" + last);
        }
    }

    /** Parses {@code m-n} (decimal, m &lt;= n); {@code null} when malformed. */
    public static Range parse(String text) {
        int dash = text.indexOf('-');
        if (dash <= 0 || dash == text.length() - 1 || dash > 19 || text.length() - dash > 20) {
            return null;
        }
        String a = text.substring(0, dash);
        String b = text.substring(dash + 1);
        if (!a.chars().allMatch(Character::isDigit) || !b.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long first = Long.parseLong(a);
        long last = Long.parseLong(b);
        return last < first ? null : new Range(first, last);
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
