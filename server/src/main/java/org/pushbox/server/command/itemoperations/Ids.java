package org.pushbox.server.command.itemoperations;

import java.util.Optional;

/** Folder and item ids as devices send them: decimal numbers; anything else names nothing. */
final class Ids {

    private Ids() {
    }

    static Optional<Long> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
