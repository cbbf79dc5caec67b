package org.pushbox.server.command.itemoperations;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.itemoperations.FetchProperties;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsStatus;
import org.pushbox.protocol.command.itemoperations.MultiPartResponse;
import org.pushbox.storage.api.MailboxStore;

/**
 * Fetch of an attachment by FileReference. Inline, the bytes are base64 {@code Data} in the WBXML
 * document, so they are bounded by {@link #MAX_INLINE_BYTES}. In a multipart response they are a body part
 * of their own, streamed from the store when the response is written, with no size limit but the format's.
 * Either way only the requested range is sent.
 */
final class AttachmentFetcher {

    /** Inline bytes per Fetch: base64 in a WBXML document held in memory, so it must stay bounded. */
    static final int MAX_INLINE_BYTES = 16 * 1024 * 1024;

    /** A multipart Fetch: its result (with a {@code Part} index when it succeeded) and the part, or null. */
    record PartFetch(FetchResult result, MultiPartResponse.Part part) {
    }

    private final MailboxStore store;
    private final long accountId;

    AttachmentFetcher(MailboxStore store, long accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    FetchResult fetch(String fileReference, Range range) throws IOException {
        Optional<AttachmentContent> content = AttachmentContent.find(store, accountId, fileReference);
        if (content.isEmpty()) {
            return failure(fileReference, ItemOperationsStatus.INVALID_ATTACHMENT_ID);
        }
        try (InputStream in = content.get().open()) {
            RangeReader.Slice slice = RangeReader.read(in, range, MAX_INLINE_BYTES);
            return new FetchResult(ItemOperationsStatus.SUCCESS, null, null, null, null, null, fileReference,
                    FetchProperties.attachment(content.get().contentType(), slice.range(),
                            range == null ? null : slice.total(), slice.bytes()));
        } catch (AttachmentContent.Gone e) {
            return failure(fileReference, ItemOperationsStatus.OBJECT_NOT_FOUND);
        } catch (RangeReader.OutOfRange e) {
            return failure(fileReference, ItemOperationsStatus.INVALID_BYTE_RANGE);
        } catch (RangeReader.TooLarge e) {
            return failure(fileReference, ItemOperationsStatus.DATA_TOO_LARGE);
        }
    }

    /**
     * The multipart form: learns the attachment's exact length now (the part header needs it) and returns
     * a part that re-opens the content when the response is written. {@code room} is how many bytes the
     * response may still grow by; a longer part answers Status 11 instead.
     */
    PartFetch fetchPart(String fileReference, Range range, int partIndex, long room) throws IOException {
        Optional<AttachmentContent> found = AttachmentContent.find(store, accountId, fileReference);
        if (found.isEmpty()) {
            return new PartFetch(failure(fileReference, ItemOperationsStatus.INVALID_ATTACHMENT_ID), null);
        }
        AttachmentContent content = found.get();
        long total;
        try {
            total = content.length();
        } catch (AttachmentContent.Gone e) {
            return new PartFetch(failure(fileReference, ItemOperationsStatus.OBJECT_NOT_FOUND), null);
        }
        long first = 0;
        long count = total;
        Range sent = null;
        if (range != null) {
            if (range.first() >= total) {
                return new PartFetch(failure(fileReference, ItemOperationsStatus.INVALID_BYTE_RANGE), null);
            }
            long last = Math.min(range.last(), total - 1);
            first = range.first();
            count = last - first + 1;
            sent = new Range(first, last);
        }
        if (count > room) {
            return new PartFetch(failure(fileReference, ItemOperationsStatus.DATA_TOO_LARGE), null);
        }
        FetchResult result = new FetchResult(ItemOperationsStatus.SUCCESS, null, null, null, null, null, fileReference,
                FetchProperties.attachmentPart(content.contentType(), sent, range == null ? null : total, partIndex));
        return new PartFetch(result, slicePart(content, first, count));
    }

    /** {@code count} bytes of the content from {@code first}, opened when the response writer gets there. */
    private static MultiPartResponse.Part slicePart(AttachmentContent content, long first, long count) {
        return new MultiPartResponse.Part() {
            @Override
            public long length() {
                return count;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = content.open();
                try {
                    in.skipNBytes(first);
                } catch (IOException e) {
                    in.close();
                    throw e;
                }
                return new Limited(in, count);
            }
        };
    }

    /** Ends after {@code limit} bytes, so a range part stops where the range does. */
    private static final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }

    private static FetchResult failure(String fileReference, EasStatus status) {
        return new FetchResult(status, null, null, null, null, null, fileReference, null);
    }
}
