package org.pushbox.protocol.command.itemoperations;

/** An inclusive byte range {@code first-last} as ItemOperations writes it ({@code 0-1023}). */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
        }
    }

    /** Parses {@code m-n} (decimal, m &lt;= n); {@code null} when malformed. */
    public static ByteRange parse(String text) {
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
        return last < first ? null : new ByteRange(first, last);
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
