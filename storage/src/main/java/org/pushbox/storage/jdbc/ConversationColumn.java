package org.pushbox.storage.jdbc;

import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/**
 * The value of {@code item.conversation_id}: a message's ConversationId, or null when it has none or
 * one longer than the column (such a message then only ever matches itself in ConversationMode).
 * Public for the V7 backfill, which must derive it exactly as writes do.
 */
public final class ConversationColumn {

    static final int MAX_BYTES = 64;

    private ConversationColumn() {
    }

    /** The column value for an email's properties. */
    public static byte[] of(PropertyMap properties) {
        if (properties.get(EmailProperty.CONVERSATION_ID).orElse(null) instanceof PropertyValue.Bytes b) {
            byte[] id = b.value();
            return id.length == 0 || id.length > MAX_BYTES ? null : id;
        }
        return null;
    }
}
