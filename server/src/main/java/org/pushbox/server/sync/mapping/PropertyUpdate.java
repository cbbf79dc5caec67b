package org.pushbox.server.sync.mapping;

import java.util.Set;
import org.pushbox.storage.api.PropertyMap;

/** A change to lay over an item's stored properties: values to set, keys to drop. */
public record PropertyUpdate(PropertyMap set, Set<String> removed) {

    public PropertyUpdate {
        removed = Set.copyOf(removed);
    }
}
