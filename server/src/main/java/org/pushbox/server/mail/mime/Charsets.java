package org.pushbox.server.mail.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Charset names as mail uses them, and the Windows code page numbers EAS reports as InternetCPID. Mail lies
 * about charsets all the time: an unknown name or undeclared 8-bit bytes fall back to UTF-8 when the bytes
 * are valid UTF-8, else to windows-1252 (what "ISO-8859-1" mail usually is), never to an exception.
 */
final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int CPID_UTF8 = 65001;

    /** Code pages of the charsets seen in practice ([MS-ASEMAIL] InternetCPID, Windows code page identifiers). */
    private static final Map<String, Integer> CODE_PAGES = Map.ofEntries(
            Map.entry("utf-8", CPID_UTF8), Map.entry("us-ascii", 20127), Map.entry("iso-8859-1", 28591),
            Map.entry("iso-8859-2", 28592), Map.entry("iso-8859-5", 28595), Map.entry("iso-8859-7", 28597),
            Map.entry("iso-8859-9", 28599), Map.entry("iso-8859-15", 28605), Map.entry("windows-1250", 1250),
            Map.entry("windows-1251", 1251), Map.entry("windows-1252", 1252), Map.entry("windows-1253", 1253),
            Map.entry("windows-1254", 1254), Map.entry("koi8-r", 20866), Map.entry("koi8-u", 21866),
            Map.entry("shift_jis", 932), Map.entry("iso-2022-jp", 50220), Map.entry("euc-jp", 51932),
            Map.entry("gb2312", 936), Map.entry("gbk", 936), Map.entry("gb18030", 54936), Map.entry("big5", 950),
            Map.entry("euc-kr", 51949), Map.entry("ks_c_5601-1987", 949), Map.entry("utf-16", 1200));

    private Charsets() {
    }

    /** The charset named in a header, or null when the name is missing or unknown to the JVM. */
    static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.trim().replace("\"", "");
        if (clean.equalsIgnoreCase("ks_c_5601-1987")) {
            clean = "x-windows-949";
        }
        try {
            Charset charset = Charset.forName(clean);
            // ISO-8859-1 mail is nearly always windows-1252 (curly quotes, euro sign in 0x80-0x9F).
            return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The code page for the charset as the message declared it; UTF-8's when undeclared or unknown. */
    static int codePage(String declared) {
        if (declared == null) {
            return CPID_UTF8;
        }
        Integer known = CODE_PAGES.get(declared.trim().replace("\"", "").toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        Charset charset = named(declared);
        if (charset == null) {
            return CPID_UTF8;
        }
        return CODE_PAGES.getOrDefault(charset.name().toLowerCase(Locale.ROOT), CPID_UTF8);
    }

    /** Whether {@code bytes[0..length)} decode as strict UTF-8. */
    static boolean isUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether every byte is 7-bit. */
    static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The charset to decode undeclared or wrongly declared bytes with: the declared one when it is known and
     * not plain ASCII, else UTF-8 when the sample is valid UTF-8, else windows-1252.
     */
    static Charset guess(Charset declared, byte[] sample, int length) {
        if (declared != null && !declared.equals(StandardCharsets.US_ASCII)) {
            return declared;
        }
        if (isAscii(sample, length)) {
            return declared != null ? declared : StandardCharsets.US_ASCII;
        }
        return isUtf8(sample, length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Decodes raw header bytes: 8-bit headers are UTF-8 (RFC 6532) when valid, else windows-1252. */
    static String headerText(byte[] raw, int length) {
        Charset charset = isAscii(raw, length) ? StandardCharsets.US_ASCII
                : isUtf8(raw, length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return decode(charset, raw, length);
    }

    static String decode(Charset charset, byte[] bytes, int length) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE decoders do not throw", e);
        }
    }
}
