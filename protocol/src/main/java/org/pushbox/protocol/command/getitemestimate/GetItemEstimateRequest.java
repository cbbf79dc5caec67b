package org.pushbox.protocol.command.getitemestimate;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.FilterType;

/** A GetItemEstimate request: one entry per collection, in request order. */
public record GetItemEstimateRequest(List<Collection> collections) {

    public GetItemEstimateRequest {
        collections = List.copyOf(collections);
    }

    /**
     * One collection. The 12.1 form (Class and FilterType directly in {@code Collection}) and the
     * 14.0+ form ({@code airsync:Options}, possibly one per class) both become {@link #options}.
     */
    public record Collection(String syncKey, String collectionId, boolean conversationMode, List<Options> options) {
        public Collection {
            Objects.requireNonNull(syncKey, "syncKey");
            Objects.requireNonNull(collectionId, "collectionId");
            options = List.copyOf(options);
        }
    }

    /** Per-class options; every field is {@code null} when not sent. */
    public record Options(ItemClass itemClass, FilterType filterType, Integer maxItems) {
    }
}
