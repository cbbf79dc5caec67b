package org.pushbox.storage.api;

import java.time.Instant;

/**
 * Which items of a folder a device wants: those whose date (received mail, an event's end or
 * the end of its recurrence, a task's due date) is not before {@code notBefore} (null: no date
 * limit; undated items always match), and, when {@code incompleteOnly}, only tasks not complete.
 */
public record ItemFilter(Instant notBefore, boolean incompleteOnly) {

    public static final ItemFilter ALL = new ItemFilter(null, false);

    public static ItemFilter since(Instant notBefore) {
        return new ItemFilter(notBefore, false);
    }
}
