package org.pushbox.storage.api;

import java.time.Instant;

/**
 * Sync state of one collection (folder) on one device for one sync key: the folder modseq the
 * device has acknowledged, the rest of a paged response when MoreAvailable was sent (null
 * otherwise), and the caller's own options (filter, window size, body preferences) as properties.
 */
public record CollectionState(long deviceId, long collectionId, long syncKey, long ackedModseq, ChangeWindow pending,
        PropertyMap options, Instant created) {

    public CollectionState {
        if (syncKey < 1) {
            throw new IllegalArgumentException("sync keys start at 1: " + syncKey);
        }
        options = options == null ? PropertyMap.EMPTY : options;
    }

    public static CollectionState of(long deviceId, long collectionId, long syncKey, long ackedModseq,
            ChangeWindow pending, PropertyMap options) {
        return new CollectionState(deviceId, collectionId, syncKey, ackedModseq, pending, options, null);
    }
}
