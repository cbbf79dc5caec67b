package org.pushbox.storage.api;

import java.util.function.Supplier;

/** The meeting details carried by an invitation message. */
public enum MeetingRequestProperty implements PropertyKey {
    ALL_DAY_EVENT(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    START_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    END_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    DT_STAMP(PropertyType.TIME, () -> PropertyKeys.NONE),
    INSTANCE_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    LOCATION(PropertyType.TEXT, () -> PropertyKeys.NONE),
    STRUCTURED_LOCATION(PropertyType.GROUP, LocationProperty::values),
    ORGANIZER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    RECURRENCE_ID(PropertyType.TIME, () -> PropertyKeys.NONE),
    REMINDER(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    RESPONSE_REQUESTED(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    RECURRENCES(PropertyType.GROUP_LIST, RecurrenceProperty::values),
    SENSITIVITY(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    BUSY_STATUS(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    TIME_ZONE(PropertyType.BYTES, () -> PropertyKeys.NONE),
    GLOBAL_OBJ_ID(PropertyType.TEXT, () -> PropertyKeys.NONE),
    UID(PropertyType.TEXT, () -> PropertyKeys.NONE),
    DISALLOW_NEW_TIME_PROPOSAL(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    MEETING_MESSAGE_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    MeetingRequestProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        this.type = type;
        this.members = members;
        this.key = PropertyKeys.camel(name());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public PropertyType type() {
        return type;
    }

    @Override
    public PropertyKey[] members() {
        return members.get();
    }
}
