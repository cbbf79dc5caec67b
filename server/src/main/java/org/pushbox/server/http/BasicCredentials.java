package org.pushbox.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user and password of an {@code Authorization: Basic} header. Phones encode them as UTF-8; Outlook
 * on Windows sends ISO-8859-1 (Z-Push ZP-864), so bytes that are not valid UTF-8 are read as Latin-1.
 * Every Latin-1 byte sequence decodes, so this never fails on the charset, only on the framing.
 */
public record BasicCredentials(String user, String password) {

    /** Far above any real user:password, far below the header limit: bounds the decoding work. */
    static final int MAX_ENCODED_LENGTH = 4096;

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + "]";
    }

    /** The credentials of an Authorization header value; empty when absent, not Basic or malformed. */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
            return Optional.empty();
        }
        String encoded = value.substring(space + 1).strip();
        if (encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text = decodeText(bytes);
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1)));
    }

    static String decodeText(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
