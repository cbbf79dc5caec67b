package org.pushbox.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.server.sync.mapping.BodyRequest;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/**
 * The options a collection syncs with, kept in the sync state so that a request without Options (and a
 * GetItemEstimate) uses what the device last asked for.
 *
 * @param filter    how far back the collection reaches
 * @param body      the body preferences and MIME support
 * @param conflict  0 client wins, 1 server wins (the default)
 * @param supported the tags the device declared in Supported (ghosting), or null
 * @param conversations ConversationMode: the window also takes in whole conversations (mail, 14.0+)
 * @param reconcile the device's items still differ from the filter window (first sync, or the filter
 *                  changed): the next responses bring them in line before reading the journal
 */
public record CollectionOptions(FilterType filter, BodyRequest body, int conflict, List<Tag> supported,
        boolean conversations, boolean reconcile) {

    public static final CollectionOptions DEFAULT = new CollectionOptions(FilterType.ALL, BodyRequest.DEFAULT, 1,
            null, false, false);

    private static final String FILTER = "filter";
    private static final String BODY = "bodyPreferences";
    private static final String MIME_SUPPORT = "mimeSupport";
    private static final String MIME_TRUNCATION = "mimeTruncation";
    private static final String CONFLICT = "conflict";
    private static final String SUPPORTED = "supported";
    private static final String CONVERSATIONS = "conversations";
    private static final String RECONCILE = "reconcile";

    /**
     * These options updated by a request: its Options when sent (a device sends them whole), its
     * Supported list (sent with key 0 only, so kept when absent) and its ConversationMode (a flag of the
     * request itself: absent is off). A different filter or ConversationMode starts a reconcile, since
     * either changes which items belong on the device.
     */
    public CollectionOptions updatedBy(SyncOptions sent, List<Tag> sentSupported, boolean sentConversations) {
        CollectionOptions next = this;
        if (sent != null) {
            FilterType f = sent.filterType() == null ? FilterType.ALL : sent.filterType();
            next = new CollectionOptions(f, new BodyRequest(sent.bodyPreferences(),
                    sent.mimeSupport() == null ? 0 : sent.mimeSupport(), sent.mimeTruncation()),
                    sent.conflict() == null ? 1 : sent.conflict(), supported, conversations, reconcile || f != filter);
        }
        if (sentSupported != null) {
            next = new CollectionOptions(next.filter, next.body, next.conflict, List.copyOf(sentSupported),
                    next.conversations, next.reconcile);
        }
        if (sentConversations != next.conversations) {
            next = new CollectionOptions(next.filter, next.body, next.conflict, next.supported, sentConversations,
                    true);
        }
        return next;
    }

    public CollectionOptions withReconcile(boolean value) {
        return new CollectionOptions(filter, body, conflict, supported, conversations, value);
    }

    /** These options estimated with another filter (GetItemEstimate): a new filter is a reconcile. */
    public CollectionOptions withFilter(FilterType other, boolean otherConversations) {
        if (other == filter && otherConversations == conversations) {
            return this;
        }
        return new CollectionOptions(other, body, conflict, supported, otherConversations, true);
    }

    /** The store's filter for this window at {@code now}; contacts and notes ignore the filter. */
    public ItemFilter itemFilter(Instant now, boolean dated) {
        if (!dated) {
            return ItemFilter.ALL;
        }
        return switch (filter) {
            case ALL -> ItemFilter.ALL;
            case INCOMPLETE_TASKS -> new ItemFilter(null, true);
            case ONE_DAY -> ItemFilter.since(now.minus(Duration.ofDays(1)));
            case THREE_DAYS -> ItemFilter.since(now.minus(Duration.ofDays(3)));
            case ONE_WEEK -> ItemFilter.since(now.minus(Duration.ofDays(7)));
            case TWO_WEEKS -> ItemFilter.since(now.minus(Duration.ofDays(14)));
            case ONE_MONTH -> ItemFilter.since(now.minus(Duration.ofDays(31)));
            case THREE_MONTHS -> ItemFilter.since(now.minus(Duration.ofDays(92)));
            case SIX_MONTHS -> ItemFilter.since(now.minus(Duration.ofDays(183)));
        };
    }

    public PropertyMap toProperties() {
        PropertyMap.Builder b = PropertyMap.builder();
        b.put(FILTER, new PropertyValue.Int(filter.code()));
        List<PropertyMap> prefs = new ArrayList<>();
        for (BodyPreference p : body.preferences()) {
            PropertyMap.Builder m = PropertyMap.builder().put("type", new PropertyValue.Int(p.type()));
            if (p.truncationSize() != null) {
                m.put("truncationSize", new PropertyValue.Int(p.truncationSize()));
            }
            if (p.allOrNone() != null) {
                m.put("allOrNone", new PropertyValue.Bool(p.allOrNone()));
            }
            if (p.preview() != null) {
                m.put("preview", new PropertyValue.Int(p.preview()));
            }
            prefs.add(m.build());
        }
        b.put(BODY, new PropertyValue.GroupList(prefs));
        b.put(MIME_SUPPORT, new PropertyValue.Int(body.mimeSupport()));
        if (body.mimeTruncation() != null) {
            b.put(MIME_TRUNCATION, new PropertyValue.Int(body.mimeTruncation()));
        }
        b.put(CONFLICT, new PropertyValue.Int(conflict));
        if (supported != null) {
            b.put(SUPPORTED, new PropertyValue.TextList(supported.stream().map(t -> t.page() + ":" + t.token())
                    .toList()));
        }
        b.put(CONVERSATIONS, new PropertyValue.Bool(conversations));
        b.put(RECONCILE, new PropertyValue.Bool(reconcile));
        return b.build();
    }

    /** Options read back from a state; anything unreadable falls back to the default. */
    public static CollectionOptions fromProperties(PropertyMap map) {
        if (map.isEmpty()) {
            return DEFAULT;
        }
        int filterCode = (int) number(map, FILTER, 0);
        FilterType filter = filterCode >= 0 && filterCode < FilterType.values().length
                ? FilterType.values()[filterCode] : FilterType.ALL;
        List<BodyPreference> prefs = new ArrayList<>();
        if (map.asMap().get(BODY) instanceof PropertyValue.GroupList list) {
            for (PropertyMap m : list.value()) {
                prefs.add(new BodyPreference((int) number(m, "type", 1),
                        m.asMap().get("truncationSize") instanceof PropertyValue.Int t ? t.value() : null,
                        m.asMap().get("allOrNone") instanceof PropertyValue.Bool a ? a.value() : null,
                        m.asMap().get("preview") instanceof PropertyValue.Int p ? (int) p.value() : null));
            }
        }
        Integer mimeTruncation = map.asMap().get(MIME_TRUNCATION) instanceof PropertyValue.Int t ? (int) t.value()
                : null;
        List<Tag> supported = null;
        if (map.asMap().get(SUPPORTED) instanceof PropertyValue.TextList list) {
            supported = new ArrayList<>();
            for (String s : list.value()) {
                String[] parts = s.split(":");
                Tag tag = CodePages.tag(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (tag != null) {
                    supported.add(tag);
                }
            }
        }
        boolean conversations = map.asMap().get(CONVERSATIONS) instanceof PropertyValue.Bool c && c.value();
        boolean reconcile = map.asMap().get(RECONCILE) instanceof PropertyValue.Bool r && r.value();
        return new CollectionOptions(filter, new BodyRequest(prefs, (int) number(map, MIME_SUPPORT, 0), mimeTruncation),
                (int) number(map, CONFLICT, 1), supported, conversations, reconcile);
    }

    private static long number(PropertyMap map, String key, long fallback) {
        return map.asMap().get(key) instanceof PropertyValue.Int i ? i.value() : fallback;
    }
}
