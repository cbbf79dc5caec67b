package org.pushbox.server.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/**
 * The device's own writes that the journal read it has acknowledged does not cover yet: a Change made
 * during a paged read (whose window ends before it) or during a reconcile. Kept with the sync state until
 * the journal is read past them, so that the journal does not send the device its own write back, and a
 * later Change of the same item by the device is not taken for a conflict. An item written again by
 * anyone else has a newer modseq and is sent as usual.
 */
final class DeviceWrites {

    static final DeviceWrites NONE = new DeviceWrites(Map.of());

    /** Kept in the sync state's property map next to the collection's options. */
    private static final String KEY = "deviceWrites";

    /** Item id -> the modseq of the device's write. */
    private final Map<Long, Long> modseqs;

    private DeviceWrites(Map<Long, Long> modseqs) {
        this.modseqs = Map.copyOf(modseqs);
    }

    static DeviceWrites from(PropertyMap state) {
        Map<Long, Long> read = new HashMap<>();
        if (state.asMap().get(KEY) instanceof PropertyValue.TextList list) {
            for (String entry : list.value()) {
                String[] parts = entry.split(":");
                read.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        }
        return new DeviceWrites(read);
    }

    /** Whether {@code modseq} is still the device's own write of the item. */
    boolean isOwn(long itemId, long modseq) {
        Long own = modseqs.get(itemId);
        return own != null && own == modseq;
    }

    /** These and {@code written} (item id -> modseq), less those a journal read up to {@code acked} covered. */
    DeviceWrites plus(Map<Long, Long> written, long acked) {
        Map<Long, Long> next = new HashMap<>(modseqs);
        next.putAll(written);
        next.values().removeIf(modseq -> modseq <= acked);
        return next.equals(modseqs) ? this : new DeviceWrites(next);
    }

    /** {@code options} with these writes added (none: unchanged). */
    PropertyMap addTo(PropertyMap options) {
        if (modseqs.isEmpty()) {
            return options;
        }
        List<String> entries = modseqs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue()).toList();
        return options.toBuilder().put(KEY, new PropertyValue.TextList(entries)).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceWrites other && other.modseqs.equals(modseqs);
    }

    @Override
    public int hashCode() {
        return modseqs.hashCode();
    }
}
