package org.pushbox.storage.jdbc;

import java.time.Instant;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.FlagProperty;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.RecurrenceProperty;
import org.pushbox.storage.api.TaskProperty;

/**
 * The typed columns of table {@code item}, derived from an item's properties so they can never
 * disagree with them: a subject for sorting, the date window used by filters, read/flag/completed.
 * {@code windowEnd} null means "matches any date filter" (undated items, open-ended recurrences).
 * {@code conversationId} is set for mail only (see {@link ConversationColumn}).
 */
record ItemIndex(String subject, Instant windowStart, Instant windowEnd, boolean read, int flagStatus,
        boolean completed, byte[] conversationId) {

    private static final int SUBJECT_CHARS = 255;

    static ItemIndex of(ItemContent content) {
        PropertyMap p = content.properties();
        String subject = truncate(p.text(EmailProperty.SUBJECT));
        switch (content.itemClass()) {
            case EMAIL: {
                Instant received = p.time(EmailProperty.DATE_RECEIVED);
                PropertyMap flag = p.group(EmailProperty.FLAG);
                Long status = flag == null ? null : flag.integer(FlagProperty.STATUS);
                return new ItemIndex(subject, received, received, Boolean.TRUE.equals(p.bool(EmailProperty.READ)),
                        status == null ? 0 : status.intValue(), false, ConversationColumn.of(p));
            }
            case EVENT: {
                Instant start = p.time(EventProperty.START_TIME);
                Instant end = p.time(EventProperty.END_TIME);
                PropertyMap recurrence = p.group(EventProperty.RECURRENCE);
                // A series lasts until its Until date; without one (open or counted) it may reach any window.
                Instant last = recurrence != null ? recurrence.time(RecurrenceProperty.UNTIL) : end != null ? end : start;
                return new ItemIndex(subject, start, last, false, 0, false, null);
            }
            case TASK:
                return new ItemIndex(subject, p.time(TaskProperty.UTC_START_DATE), null, false, 0,
                        Boolean.TRUE.equals(p.bool(TaskProperty.COMPLETE)), null);
            default:
                return new ItemIndex(subject, null, null, false, 0, false, null);
        }
    }

    /** Cuts at a code point boundary so a surrogate pair is never split. */
    private static String truncate(String s) {
        if (s == null || s.length() <= SUBJECT_CHARS) {
            return s;
        }
        int end = SUBJECT_CHARS;
        if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
