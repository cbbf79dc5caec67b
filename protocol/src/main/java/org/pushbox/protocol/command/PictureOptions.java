package org.pushbox.protocol.command;

import org.pushbox.protocol.codepage.Tag;

/**
 * The 14.1+ {@code Picture} option of Search (GAL), ResolveRecipients and Find: the largest picture
 * in bytes and the most pictures wanted, each {@code null} when not sent (iOS sends an empty
 * {@code <Picture/>}).
 */
public record PictureOptions(Integer maxSize, Integer maxPictures) {

    /** Reads the {@code picture} child of {@code r} (with its page's MaxSize and MaxPictures), or {@code null}. */
    public static PictureOptions read(ElementReader r, Tag picture, Tag maxSize, Tag maxPictures) throws CommandException {
        ElementReader p = r.optionalContainer(picture, maxSize, maxPictures);
        return p == null ? null : new PictureOptions(p.integer(maxSize, 0, Integer.MAX_VALUE),
                p.integer(maxPictures, 0, Integer.MAX_VALUE));
    }

    /** Adds {@code <picture><maxSize/><maxPictures/></picture>} to {@code b} when {@code options} is not {@code null}. */
    public static void write(ElementBuilder b, PictureOptions options, Tag picture, Tag maxSize, Tag maxPictures) {
        if (options != null) {
            b.child(picture, p -> p.integer(maxSize, options.maxSize()).integer(maxPictures, options.maxPictures()));
        }
    }
}
