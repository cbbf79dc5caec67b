package org.pushbox.storage.api;

import java.util.function.Supplier;

/** The meeting details carried by an invitation message. */
public enum MeetingRequestProperty implements SpecifiedPropertyKey {
    ALL_DAY_EVENT(PropertyType.BOOLEAN),
    START_TIME(PropertyType.TIME),
    END_TIME(PropertyType.TIME),
    DT_STAMP(PropertyType.TIME),
    INSTANCE_TYPE(PropertyType.INTEGER),
    LOCATION(PropertyType.TEXT),
    STRUCTURED_LOCATION(PropertyType.GROUP, LocationProperty::values),
    ORGANIZER(PropertyType.TEXT),
    RECURRENCE_ID(PropertyType.TIME),
    REMINDER(PropertyType.INTEGER),
    RESPONSE_REQUESTED(PropertyType.BOOLEAN),
    RECURRENCES(PropertyType.GROUP_LIST, RecurrenceProperty::values),
    SENSITIVITY(PropertyType.INTEGER),
    BUSY_STATUS(PropertyType.INTEGER),
    TIME_ZONE(PropertyType.BYTES),
    GLOBAL_OBJ_ID(PropertyType.TEXT),
    UID(PropertyType.TEXT),
    DISALLOW_NEW_TIME_PROPOSAL(PropertyType.BOOLEAN),
    MEETING_MESSAGE_TYPE(PropertyType.INTEGER);

    private final PropertySpec spec;

    MeetingRequestProperty(PropertyType type) {
        this(type, PropertySpec.NO_MEMBERS);
    }

    MeetingRequestProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        spec = PropertySpec.of(name(), type, members);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
