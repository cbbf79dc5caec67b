package org.pushbox.server.command.itemoperations;

import java.util.Optional;

/**
 * The FileReference Sync gives each attachment: {@code itemId:index}, the index into the item's
 * attachment rows (see the email mapper in {@code server/sync/mapping}).
 */
record AttachmentReference(long itemId, int index) {

    /** Empty when the text is not of that form. */
    static Optional<AttachmentReference> parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 18 || text.length() - colon - 1 > 9 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String item = text.substring(0, colon);
        String index = text.substring(colon + 1);
        if (!item.chars().allMatch(Character::isDigit) || !index.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new AttachmentReference(Long.parseLong(item), Integer.parseInt(index)));
    }
}
