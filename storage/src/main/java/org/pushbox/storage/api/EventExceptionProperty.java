package org.pushbox.storage.api;

import java.util.function.Supplier;

/** One exception of a recurring event: the occurrence it replaces plus the properties it overrides. */
public enum EventExceptionProperty implements PropertyKey {
    DELETED(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    EXCEPTION_START_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    INSTANCE_ID(PropertyType.TIME, () -> PropertyKeys.NONE),
    SUBJECT(PropertyType.TEXT, () -> PropertyKeys.NONE),
    START_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    END_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    DT_STAMP(PropertyType.TIME, () -> PropertyKeys.NONE),
    ALL_DAY_EVENT(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    LOCATION(PropertyType.TEXT, () -> PropertyKeys.NONE),
    STRUCTURED_LOCATION(PropertyType.GROUP, LocationProperty::values),
    REMINDER(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    SENSITIVITY(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    BUSY_STATUS(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    MEETING_STATUS(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    ATTENDEES(PropertyType.GROUP_LIST, AttendeeProperty::values),
    CATEGORIES(PropertyType.TEXT_LIST, () -> PropertyKeys.NONE),
    BODY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    APPOINTMENT_REPLY_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    RESPONSE_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    ONLINE_MEETING_CONF_LINK(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ONLINE_MEETING_EXTERNAL_LINK(PropertyType.TEXT, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    EventExceptionProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
