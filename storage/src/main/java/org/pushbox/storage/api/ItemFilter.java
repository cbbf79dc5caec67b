package org.pushbox.storage.api;

import java.time.Instant;

/**
 * Which items of a folder a device wants: those whose date (received mail, an event's end or
 * the end of its recurrence, a task's due date) is not before {@code notBefore} (null: no date
 * limit; undated items always match), and, when {@code incompleteOnly}, only tasks not complete.
 * With {@code wholeConversations}, also every message of the folder that shares its ConversationId
 * with a message that matches (Sync's ConversationMode); without any limit that changes nothing, so
 * it is then dropped and such a filter equals {@link #ALL}.
 */
public record ItemFilter(Instant notBefore, boolean incompleteOnly, boolean wholeConversations) {

    public static final ItemFilter ALL = new ItemFilter(null, false);

    public ItemFilter {
        wholeConversations = wholeConversations && (notBefore != null || incompleteOnly);
    }

    public ItemFilter(Instant notBefore, boolean incompleteOnly) {
        this(notBefore, incompleteOnly, false);
    }

    public static ItemFilter since(Instant notBefore) {
        return new ItemFilter(notBefore, false);
    }

    /** This filter widened to whole conversations. */
    public ItemFilter withWholeConversations() {
        return new ItemFilter(notBefore, incompleteOnly, true);
    }
}
