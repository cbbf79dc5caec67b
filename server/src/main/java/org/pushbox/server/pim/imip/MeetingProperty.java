package org.pushbox.server.pim.imip;

import org.pushbox.storage.api.PropertySpec;
import org.pushbox.storage.api.PropertyType;
import org.pushbox.storage.api.SpecifiedPropertyKey;

/**
 * What pushbox keeps about a meeting beside the EAS properties (the store persists any key; Sync shows
 * only the EAS ones): the iTIP SEQUENCE, on the meeting message and on the calendar item, which decides
 * whether a later message updates the item and which a reply repeats.
 */
public enum MeetingProperty implements SpecifiedPropertyKey {
    SEQUENCE("itipSequence", PropertyType.INTEGER),
    /** In a received COUNTER's MeetingRequest group: the proposed times, under the keys Sync maps to 16.1's fields. */
    PROPOSED_START_TIME("proposedStartTime", PropertyType.TIME),
    PROPOSED_END_TIME("proposedEndTime", PropertyType.TIME),
    /** On a meeting the account organizes: a digest of what its last invitations said, to send only news. */
    SENT_DIGEST("itipSentDigest", PropertyType.TEXT),
    /** On a meeting the account organizes: its cancellation was sent. */
    CANCEL_SENT("itipCancelSent", PropertyType.BOOLEAN);

    private final PropertySpec spec;

    MeetingProperty(String key, PropertyType type) {
        this.spec = PropertySpec.plain(key, type);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
