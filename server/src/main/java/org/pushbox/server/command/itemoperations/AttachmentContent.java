package org.pushbox.server.command.itemoperations;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.pushbox.server.mail.mime.IngestProperty;
import org.pushbox.server.mail.mime.MimeSections;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.MailboxStore;

/**
 * Where one attachment's bytes are, found by its FileReference ({@code itemId:index}, the one Sync emits):
 * the attachment's own blob, or for delivered mail the decoded section of the message's MIME blob. Opened
 * as often as needed, each time as a fresh stream from the store (ItemOperations' multipart answer reads it
 * once to learn its length, then again to send it; GetAttachment streams it). Blocking: use on a worker.
 */
public final class AttachmentContent {

    private static final String OCTET_STREAM = "application/octet-stream";

    /** The content was listed at delivery but cannot be read any more (no blob, no such MIME section). */
    public static final class Gone extends IOException {
        private static final long serialVersionUID = 1L;

        Gone(String message) {
            super(message);
        }
    }

    private final MailboxStore store;
    private final Item item;
    private final Attachment row;

    private AttachmentContent(MailboxStore store, Item item, Attachment row) {
        this.store = store;
        this.item = item;
        this.row = row;
    }

    /**
     * The attachment named by {@code fileReference} in one of {@code accountId}'s items; empty when the
     * reference is malformed, names another account's item, or an index past its last attachment.
     */
    public static Optional<AttachmentContent> find(MailboxStore store, long accountId, String fileReference) {
        Optional<AttachmentReference> ref = AttachmentReference.parse(fileReference);
        Optional<Item> item = ref.flatMap(r -> store.items().get(r.itemId())).filter(i -> i.accountId() == accountId);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        List<Attachment> rows = item.get().content().attachments();
        int index = ref.get().index();
        return index < rows.size() ? Optional.of(new AttachmentContent(store, item.get(), rows.get(index)))
                : Optional.empty();
    }

    /** The attachment's media type; application/octet-stream when none was recorded. */
    public String contentType() {
        return row.contentType() == null ? OCTET_STREAM : row.contentType();
    }

    /** The attachment's file name as listed, possibly null. */
    public String name() {
        return row.displayName();
    }

    /** A fresh stream of the decoded bytes; {@link Gone} when they cannot be found. */
    public InputStream open() throws IOException {
        if (row.blob() != null) {
            return store.blobs().open(row.blob());
        }
        String section = row.extra().text(IngestProperty.MIME_SECTION);
        BlobId mime = item.content().mime();
        if (mime == null || section == null) {
            throw new Gone("attachment " + row.displayName() + " has neither a blob nor a MIME section");
        }
        InputStream whole = store.blobs().open(mime);
        try {
            Optional<InputStream> part = MimeSections.open(whole, section);
            if (part.isEmpty()) {
                throw new Gone("no MIME section " + section);
            }
            return new FilterInputStream(part.get()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        whole.close(); // the decoded view does not close the message under it
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            whole.close();
            throw e;
        }
    }

    /**
     * The exact number of bytes {@link #open()} yields: the blob's recorded size, or for a MIME section
     * counted by decoding it (the size recorded at delivery is informational, and framing must not rest
     * on it).
     */
    public long length() throws IOException {
        if (row.blob() != null) {
            return store.blobs().info(row.blob()).orElseThrow(() -> new Gone("blob " + row.blob() + " is gone"))
                    .size();
        }
        try (InputStream in = open()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
