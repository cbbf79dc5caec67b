package org.pushbox.server.sync.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.pushbox.protocol.model.Body;
import org.pushbox.server.mail.mime.IngestProperty;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.PropertyMap;

/**
 * The text body of a message stored with its MIME only (no {@code body} property), decoded from the
 * MIME when a device wants text. The ingest parser streams the message once and keeps at most
 * {@link MailParser#MAX_BODY_CHARS} characters of text while measuring the whole, so a huge text part
 * costs bounded memory and still gets its real EstimatedDataSize.
 */
final class MimeBodyText {

    private MimeBodyText() {
    }

    /** {@code stored} with the message's native text (HTML when it has an HTML part), or unchanged when it has none. */
    static StoredBody decode(BlobStore blobs, BlobId mime, StoredBody stored) {
        PropertyMap parsed;
        try (InputStream in = blobs.open(mime)) {
            parsed = new MailParser().parse(in, Instant.EPOCH).properties(); // the date is not used here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = parsed.text(EmailProperty.BODY);
        if (text == null || text.isEmpty()) {
            return stored;
        }
        Long type = parsed.integer(EmailProperty.BODY_TYPE);
        boolean cut = Boolean.TRUE.equals(parsed.bool(IngestProperty.BODY_TRUNCATED));
        return stored.withText(text, type != null && type == Body.HTML ? Body.HTML : Body.PLAIN_TEXT,
                cut ? parsed.integer(IngestProperty.BODY_SIZE) : null);
    }
}
