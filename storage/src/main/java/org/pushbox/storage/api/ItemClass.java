package org.pushbox.storage.api;

import java.util.Collection;
import java.util.Set;

/** The five kinds of item a folder can hold, with the property set each one carries. */
public enum ItemClass implements Coded {
    EMAIL(1, EmailProperty.values()),
    CONTACT(2, ContactProperty.values()),
    EVENT(3, EventProperty.values()),
    TASK(4, TaskProperty.values()),
    NOTE(5, NoteProperty.values());

    /** Mail properties a client changes without changing the message itself. */
    private static final Set<String> FLAG_KEYS = Set.of(EmailProperty.READ.key(), EmailProperty.FLAG.key(),
            EmailProperty.CATEGORIES.key(), EmailProperty.LAST_VERB_EXECUTED.key(),
            EmailProperty.LAST_VERB_EXECUTION_TIME.key());

    private final int code;
    private final PropertyKey[] properties;

    ItemClass(int code, PropertyKey[] properties) {
        this.code = code;
        this.properties = properties;
    }

    /** The persisted code; never renumbered. */
    @Override
    public int code() {
        return code;
    }

    public PropertyKey[] properties() {
        return properties.clone();
    }

    /** Whether a change to exactly these keys is a flag-only change (the message itself is unchanged). */
    public boolean isFlagOnly(Collection<String> changedKeys) {
        return this == EMAIL && !changedKeys.isEmpty() && FLAG_KEYS.containsAll(changedKeys);
    }

    public static ItemClass ofCode(int code) {
        return Coded.byCode(values(), code);
    }
}
