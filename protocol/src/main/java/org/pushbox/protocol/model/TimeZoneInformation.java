package org.pushbox.protocol.model;

import java.time.ZoneId;
import java.util.Base64;

/**
 * The 172-byte Windows TIME_ZONE_INFORMATION that {@code calendar:Timezone} and
 * {@code email:TimeZone} carry in base64 ([MS-ASDTYPE] 2.7). All fields little-endian:
 * Bias int32 at 0, StandardName 32 UTF-16 code units at 4, StandardDate SYSTEMTIME at 68,
 * StandardBias int32 at 84, DaylightName at 88, DaylightDate at 152, DaylightBias at 168.
 * Bias is minutes with UTC = local + bias.
 *
 * <p>Parsing and writing are exact inverses: a name keeps every code unit up to its trailing NUL
 * padding (including anything after an embedded NUL and unpaired surrogates), so any 172-byte
 * blob round-trips byte for byte. {@link #forZone} writes a zone's rules for one year;
 * {@link TimeZones#match} finds the IANA zone a blob means; {@link #rules()} converts times by the
 * blob itself.
 */
public record TimeZoneInformation(int bias, String standardName, SystemTime standardDate, int standardBias,
        String daylightName, SystemTime daylightDate, int daylightBias) {

    /** The blob length. */
    public static final int LENGTH = 172;
    private static final int NAME_CHARS = 32;

    /** UTC: 172 zero bytes. */
    public static final TimeZoneInformation UTC = new TimeZoneInformation(0, "", SystemTime.NONE, 0, "",
            SystemTime.NONE, 0);

    public TimeZoneInformation {
        if (standardName.length() > NAME_CHARS || daylightName.length() > NAME_CHARS) {
            throw new IllegalArgumentException("a time-zone name has at most 32 UTF-16 code units");
        }
        if (standardName.endsWith("\0") || daylightName.endsWith("\0")) {
            throw new IllegalArgumentException("trailing NULs are padding, not part of a name");
        }
    }

    /**
     * The blob for {@code zone} as its rules stand in {@code year}: Bias is minus the standard
     * offset; with daylight time that year, StandardBias 0, DaylightBias minus the daylight saving
     * and both transitions as the local time before the change in the "day-of-week occurrence"
     * form (5 = last). A year without
     * daylight time, or with changes a blob cannot state, gives zeroed dates and the offset in
     * force at the end of the year. Names are the Windows names of well-known zones
     * ("W. Europe Standard Time" / "W. Europe Daylight Time"), else the IANA id; UTC and fixed
     * offsets have empty names, so UTC is 172 zero bytes.
     */
    public static TimeZoneInformation forZone(ZoneId zone, int year) {
        return TimeZones.encode(zone, year);
    }

    /** The rules this blob states, to convert local times without knowing the IANA zone. */
    public TimeZoneRules rules() {
        return new TimeZoneRules(this);
    }

    /** Parses exactly 172 bytes. */
    public static TimeZoneInformation parse(byte[] blob) {
        if (blob.length != LENGTH) {
            throw new IllegalArgumentException("time-zone blob is " + blob.length + " bytes, not " + LENGTH);
        }
        return new TimeZoneInformation(i32(blob, 0), name(blob, 4), SystemTime.read(blob, 68), i32(blob, 84),
                name(blob, 88), SystemTime.read(blob, 152), i32(blob, 168));
    }

    /** Parses the base64 text of a Timezone element (standard alphabet, padded). */
    public static TimeZoneInformation fromBase64(String text) {
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("time-zone value is not base64: " + e.getMessage());
        }
        return parse(blob);
    }

    /** The 172 bytes. */
    public byte[] toBytes() {
        byte[] b = new byte[LENGTH];
        putI32(b, 0, bias);
        putName(b, 4, standardName);
        standardDate.write(b, 68);
        putI32(b, 84, standardBias);
        putName(b, 88, daylightName);
        daylightDate.write(b, 152);
        putI32(b, 168, daylightBias);
        return b;
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(toBytes());
    }

    /** Whether the zone has daylight-saving time (a DaylightDate month is set). */
    public boolean observesDaylightTime() {
        return daylightDate.month() != 0;
    }

    private static String name(byte[] b, int offset) {
        char[] chars = new char[NAME_CHARS];
        int length = 0;
        for (int i = 0; i < NAME_CHARS; i++) {
            chars[i] = (char) u16(b, offset + 2 * i);
            if (chars[i] != 0) {
                length = i + 1;
            }
        }
        return new String(chars, 0, length);
    }

    private static void putName(byte[] b, int offset, String name) {
        for (int i = 0; i < name.length(); i++) {
            putU16(b, offset + 2 * i, name.charAt(i));
        }
    }

    static int u16(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }

    static void putU16(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
    }

    private static int i32(byte[] b, int offset) {
        return u16(b, offset) | u16(b, offset + 2) << 16;
    }

    private static void putI32(byte[] b, int offset, int value) {
        putU16(b, offset, value & 0xFFFF);
        putU16(b, offset + 2, value >>> 16);
    }
}
