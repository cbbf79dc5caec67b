package org.pushbox.protocol.model;

/**
 * Size limits for the decoded binary values that a client can make large.
 *
 * @param maxPictureBytes largest contact picture after base64 decoding; [MS-ASCNTC] says 48 KB,
 *     but real phones send camera pictures, so the default follows grommunio's 5 MB
 * @param maxAttachmentBytes largest 16.x attachment {@code Content} after base64 decoding
 */
public record DecodeLimits(int maxPictureBytes, int maxAttachmentBytes) {

    /** The specification's picture limit (48 KB), for servers that want to enforce it. */
    public static final int SPEC_PICTURE_BYTES = 48 * 1024;

    /** 5 MB pictures, 25 MB attachments. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(5 * 1024 * 1024, 25 * 1024 * 1024);

    public DecodeLimits {
        if (maxPictureBytes < 0 || maxAttachmentBytes < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }
}
