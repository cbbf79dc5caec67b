package org.pushbox.server.mail.mime;

import org.pushbox.storage.api.PropertySpec;
import org.pushbox.storage.api.PropertyType;
import org.pushbox.storage.api.SpecifiedPropertyKey;

/**
 * Properties that mail ingest keeps beside the {@code EmailProperty} ones. The store persists any key, so
 * these survive like listed ones; they exist so that Sync and ItemOperations need not re-parse the MIME for
 * the common cases.
 */
public enum IngestProperty implements SpecifiedPropertyKey {
    /** The plain-text alternative when the native body ({@code body}) is HTML. */
    PLAIN_BODY("plainBody", PropertyType.TEXT),
    /** UTF-8 size in bytes of the whole native body, even when {@code body} holds only its start. */
    BODY_SIZE("bodySize", PropertyType.INTEGER),
    /** True when {@code body} (or {@code plainBody}) was cut at {@link MailParser#MAX_BODY_CHARS}. */
    BODY_TRUNCATED("bodyTruncated", PropertyType.BOOLEAN),
    /** The message's own Date header; {@code dateReceived} is the delivery time. */
    SENT_DATE("sentDate", PropertyType.TIME),
    /** In an attachment's extra map: the IMAP-style section number of its MIME part, see {@link MimeSections}. */
    MIME_SECTION("mimeSection", PropertyType.TEXT);

    private final PropertySpec spec;

    IngestProperty(String key, PropertyType type) {
        this.spec = PropertySpec.plain(key, type);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
