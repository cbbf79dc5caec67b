package org.pushbox.server.command.itemoperations;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.itemoperations.FetchProperties;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.server.mail.mime.IngestProperty;
import org.pushbox.server.mail.mime.MimeSections;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.MailboxStore;

/**
 * Fetch of an attachment by FileReference, answered inline as base64 {@code Data}. The content comes
 * from the attachment's own blob or, for delivered mail, is decoded from its section of the message's
 * MIME blob; either way it is streamed and only the requested range is kept.
 */
final class AttachmentFetcher {

    /** Inline bytes per Fetch: base64 in a WBXML document held in memory, so it must stay bounded. */
    static final int MAX_INLINE_BYTES = 16 * 1024 * 1024;

    private static final String OCTET_STREAM = "application/octet-stream";

    private final MailboxStore store;
    private final long accountId;

    AttachmentFetcher(MailboxStore store, long accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    FetchResult fetch(String fileReference, Range range) throws IOException {
        Optional<AttachmentReference> ref = AttachmentReference.parse(fileReference);
        Optional<Item> item = ref.flatMap(r -> store.items().get(r.itemId())).filter(i -> i.accountId() == accountId);
        if (item.isEmpty()) {
            return failure(fileReference, ItemOperationsStatus.INVALID_ATTACHMENT_ID);
        }
        List<Attachment> rows = item.get().content().attachments();
        int index = ref.get().index();
        if (index >= rows.size()) {
            return failure(fileReference, ItemOperationsStatus.INVALID_ATTACHMENT_ID);
        }
        Attachment row = rows.get(index);
        BlobStore blobs = store.blobs();
        try (InputStream whole = open(blobs, item.get(), row)) {
            if (whole == null) {
                // Listed but its content is gone (no blob, no such MIME section).
                return failure(fileReference, ItemOperationsStatus.OBJECT_NOT_FOUND);
            }
            InputStream part = whole;
            String section = row.extra().text(IngestProperty.MIME_SECTION);
            if (row.blob() == null) {
                Optional<InputStream> decoded = MimeSections.open(whole, section);
                if (decoded.isEmpty()) {
                    return failure(fileReference, ItemOperationsStatus.OBJECT_NOT_FOUND);
                }
                part = decoded.get();
            }
            RangeReader.Slice slice = RangeReader.read(part, range, MAX_INLINE_BYTES);
            String type = row.contentType() == null ? OCTET_STREAM : row.contentType();
            return new FetchResult(ItemOperationsStatus.SUCCESS, null, null, null, null, null, fileReference,
                    FetchProperties.attachment(type, slice.range(), range == null ? null : slice.total(),
                            slice.bytes()));
        } catch (RangeReader.OutOfRange e) {
            return failure(fileReference, ItemOperationsStatus.INVALID_BYTE_RANGE);
        } catch (RangeReader.TooLarge e) {
            return failure(fileReference, ItemOperationsStatus.DATA_TOO_LARGE);
        }
    }

    /** The attachment's own blob, else the message's MIME when the row names a section; null when neither. */
    private static InputStream open(BlobStore blobs, Item item, Attachment row) {
        if (row.blob() != null) {
            return blobs.open(row.blob());
        }
        if (item.content().mime() == null || row.extra().text(IngestProperty.MIME_SECTION) == null) {
            return null;
        }
        return blobs.open(item.content().mime());
    }

    private static FetchResult failure(String fileReference, EasStatus status) {
        return new FetchResult(status, null, null, null, null, null, fileReference, null);
    }
}
