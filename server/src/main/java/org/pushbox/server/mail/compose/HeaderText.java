package org.pushbox.server.mail.compose;

import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.codec.EncoderUtil.Encoding;
import org.apache.james.mime4j.codec.EncoderUtil.Usage;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.stream.RawField;

/**
 * Header values the server writes itself: ASCII as it is (quoted where RFC 5322 needs it), anything else
 * as UTF-8 encoded words (RFC 2047), which every reader decodes, rather than mime4j's pick of Latin-1.
 */
final class HeaderText {

    private HeaderText() {
    }

    /** {@code From: name <address>} with the name encoded as needed. */
    static RawField mailboxField(String field, Mailbox mailbox) {
        String name = mailbox.getName();
        String address = "<" + mailbox.getAddress() + ">";
        if (name == null || name.isBlank()) {
            return new RawField(field, address);
        }
        String phrase = isAscii(name) ? EncoderUtil.encodeAddressDisplayName(name)
                : EncoderUtil.encodeEncodedWord(name, Usage.WORD_ENTITY, field.length() + 2, StandardCharsets.UTF_8,
                        Encoding.Q);
        return new RawField(field, phrase + " " + address);
    }

    /** An unstructured field such as Subject. */
    static RawField unstructured(String field, String text) {
        String value = isAscii(text) ? text
                : EncoderUtil.encodeEncodedWord(text, Usage.TEXT_TOKEN, field.length() + 2, StandardCharsets.UTF_8,
                        Encoding.Q);
        return new RawField(field, value);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
