package org.pushbox.server.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Finds one part of a stored message by its section number and streams its decoded content: what
 * ItemOperations needs to fetch an attachment. Attachments are not stored as blobs of their own (that would
 * store every attachment twice: once in the byte-exact MIME, once decoded); their metadata carries the
 * section ({@link IngestProperty#MIME_SECTION}) and a fetch re-reads the MIME up to that part.
 */
public final class MimeSections {

    private MimeSections() {
    }

    /**
     * The decoded content of part {@code section} of {@code mime}, read lazily from {@code mime}; the caller
     * closes {@code mime} when done. Empty when the message has no such part.
     */
    public static Optional<InputStream> open(InputStream mime, String section) throws IOException {
        MimeTokenStream tokens = new MimeTokenStream(MimeReading.config(), DecodeMonitor.SILENT,
                MimeReading.descriptors());
        tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
        tokens.parse(mime);
        SectionCounter counter = new SectionCounter();
        try {
            for (EntityState state = tokens.next(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
                switch (state) {
                    case T_START_BODYPART -> counter.startPart();
                    case T_END_BODYPART -> counter.endPart();
                    case T_BODY -> {
                        if (counter.bodySection().equals(section)) {
                            return Optional.of(tokens.getDecodedInputStream());
                        }
                    }
                    default -> { }
                }
            }
        } catch (MimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
