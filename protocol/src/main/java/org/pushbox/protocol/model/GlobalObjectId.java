package org.pushbox.protocol.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The two spellings of a meeting's identity: {@code email:GlobalObjId} (up to 14.1, base64 of the
 * Outlook PidLidGlobalObjectId) and {@code calendar:UID} (16.x). Per [MS-OXOCAL] 2.2.1.27 the
 * object id is a fixed 16-byte class id, 4 date bytes, 8 creation-time bytes, 8 zero bytes, a
 * little-endian length and data; data that starts with {@code vCal-Uid 01 00 00 00} wraps a
 * non-Outlook UID (then NUL terminated). Outlook's own ids are written as UID in upper-case hex.
 */
final class GlobalObjectId {

    private static final byte[] CLASS_ID = HexFormat.of().parseHex("040000008200E00074C5B7101A82E008");
    private static final byte[] VCAL_MARKER = "vCal-Uid\u0001\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEADER = 40;

    private GlobalObjectId() {
    }

    /** The UID for a GlobalObjId value, or {@code null} when it is not base64. */
    static String toUid(String globalObjId) {
        byte[] id;
        try {
            id = Base64.getDecoder().decode(globalObjId);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int dataLength = id.length >= HEADER + 4 ? le32(id, HEADER) : -1;
        int data = HEADER + 4;
        if (startsWith(id, CLASS_ID, 0) && dataLength == id.length - data && dataLength > VCAL_MARKER.length
                && startsWith(id, VCAL_MARKER, data) && id[id.length - 1] == 0) {
            int from = data + VCAL_MARKER.length;
            return new String(id, from, id.length - 1 - from, StandardCharsets.UTF_8);
        }
        return HexFormat.of().withUpperCase().formatHex(id);
    }

    /** The GlobalObjId for a UID: Outlook hex ids as their bytes, any other UID wrapped as vCal-Uid. */
    static String fromUid(String uid) {
        byte[] id = hexObjectId(uid);
        if (id == null) {
            byte[] text = uid.getBytes(StandardCharsets.UTF_8);
            int length = VCAL_MARKER.length + text.length + 1;
            id = new byte[HEADER + 4 + length];
            System.arraycopy(CLASS_ID, 0, id, 0, CLASS_ID.length);
            id[HEADER] = (byte) length;
            id[HEADER + 1] = (byte) (length >>> 8);
            id[HEADER + 2] = (byte) (length >>> 16);
            id[HEADER + 3] = (byte) (length >>> 24);
            System.arraycopy(VCAL_MARKER, 0, id, HEADER + 4, VCAL_MARKER.length);
            System.arraycopy(text, 0, id, HEADER + 4 + VCAL_MARKER.length, text.length);
        }
        return Base64.getEncoder().encodeToString(id);
    }

    private static byte[] hexObjectId(String uid) {
        if (uid.length() % 2 != 0 || uid.length() < 2 * CLASS_ID.length) {
            return null;
        }
        try {
            byte[] bytes = HexFormat.of().parseHex(uid);
            return startsWith(bytes, CLASS_ID, 0) ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix, int at) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
