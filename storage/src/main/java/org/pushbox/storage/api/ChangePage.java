package org.pushbox.storage.api;

import java.util.List;

/**
 * One page of collapsed changes, oldest first. {@code next} is where to continue when more
 * remain, else null; once done, {@code upTo} is the modseq the reader has caught up with.
 */
public record ChangePage(List<ItemChange> changes, ChangeWindow next, long upTo) {

    public ChangePage {
        changes = List.copyOf(changes);
    }

    public boolean more() {
        return next != null;
    }
}
