package org.pushbox.storage.api;

/**
 * A position in a paged read of a folder's changes: changes are collapsed against {@code since},
 * the page starts after {@code cursor} and nothing later than {@code upTo} is read, so a read
 * continued from a stored window (MoreAvailable) reports exactly what the first page left out.
 */
public record ChangeWindow(long since, long cursor, long upTo) {

    public ChangeWindow {
        if (since < 0 || cursor < since || upTo < cursor) {
            throw new IllegalArgumentException("need 0 <= since <= cursor <= upTo: " + since + ", " + cursor + ", " + upTo);
        }
    }
}
