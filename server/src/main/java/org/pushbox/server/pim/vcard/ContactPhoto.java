package org.pushbox.server.pim.vcard;

import ezvcard.parameter.ImageType;
import ezvcard.property.Photo;
import org.pushbox.protocol.command.Bytes;

/**
 * A vCard PHOTO and the EAS contact Picture: an embedded photo is the picture's bytes; on export the
 * picture is written embedded, typed by its magic bytes, since EAS stores no type with it.
 */
final class ContactPhoto {

    private ContactPhoto() {
    }

    /** The bytes of an embedded PHOTO; null for a PHOTO by URL or an empty one. */
    static byte[] embedded(Photo photo) {
        byte[] data = photo.getData();
        return data == null || data.length == 0 ? null : data;
    }

    /** The PHOTO of a picture; ez-vcard writes it as BASE64/b with TYPE in 2.1/3.0 and a data URI in 4.0. */
    static Photo of(Bytes picture) {
        byte[] data = picture.toArray();
        return new Photo(data, typeOf(data));
    }

    /** JPEG, PNG or GIF by the image's signature; JPEG when none matches (what devices send). */
    static ImageType typeOf(byte[] data) {
        if (startsWith(data, 0x89, 'P', 'N', 'G')) {
            return ImageType.PNG;
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return ImageType.GIF;
        }
        return ImageType.JPEG;
    }

    private static boolean startsWith(byte[] data, int... signature) {
        if (data.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((data[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
