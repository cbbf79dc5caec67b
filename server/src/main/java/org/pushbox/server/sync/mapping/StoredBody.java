package org.pushbox.server.sync.mapping;

import java.util.function.Supplier;

/**
 * The body an item has in the store: text of a native type (1 plain, 2 HTML; null when none), and for
 * mail the original MIME, read only when a device asks for it.
 *
 * @param wholeSize UTF-8 size of the whole text when {@code text} holds only its start (text decoded from
 *                  MIME is bounded), else null; a body made from such a text is always sent as truncated
 * @param smime     whether the message is S/MIME (MIMESupport 1 sends MIME only for those)
 */
public record StoredBody(String text, int nativeType, Long wholeSize, Supplier<String> mime, boolean smime) {

    public static StoredBody text(String text, int nativeType) {
        return new StoredBody(text, nativeType, null, null, false);
    }

    StoredBody withText(String newText, int newNativeType, Long newWholeSize) {
        return new StoredBody(newText, newNativeType, newWholeSize, mime, smime);
    }
}
