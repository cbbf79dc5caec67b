package org.pushbox.protocol.request;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that refuses malformed and overlong sequences instead of inserting U+FFFD. */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static String decode(byte[] bytes, int length, RequestLineException.Reason reason, String field)
            throws RequestLineException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RequestLineException(reason, field, "not valid UTF-8");
        }
    }
}
