package org.pushbox.storage.api;

import java.util.List;

/** The collapsed folder changes of an account since a hierarchy modseq, up to {@code upTo}. */
public record HierarchyPage(List<FolderChange> changes, long upTo) {

    public HierarchyPage {
        changes = List.copyOf(changes);
    }
}
