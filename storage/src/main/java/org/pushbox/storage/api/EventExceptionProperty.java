package org.pushbox.storage.api;

import java.util.function.Supplier;

/** One exception of a recurring event: the occurrence it replaces plus the properties it overrides. */
public enum EventExceptionProperty implements SpecifiedPropertyKey {
    DELETED(PropertyType.BOOLEAN),
    EXCEPTION_START_TIME(PropertyType.TIME),
    INSTANCE_ID(PropertyType.TIME),
    SUBJECT(PropertyType.TEXT),
    START_TIME(PropertyType.TIME),
    END_TIME(PropertyType.TIME),
    DT_STAMP(PropertyType.TIME),
    ALL_DAY_EVENT(PropertyType.BOOLEAN),
    LOCATION(PropertyType.TEXT),
    STRUCTURED_LOCATION(PropertyType.GROUP, LocationProperty::values),
    REMINDER(PropertyType.INTEGER),
    SENSITIVITY(PropertyType.INTEGER),
    BUSY_STATUS(PropertyType.INTEGER),
    MEETING_STATUS(PropertyType.INTEGER),
    ATTENDEES(PropertyType.GROUP_LIST, AttendeeProperty::values),
    CATEGORIES(PropertyType.TEXT_LIST),
    BODY(PropertyType.TEXT),
    BODY_TYPE(PropertyType.INTEGER),
    APPOINTMENT_REPLY_TIME(PropertyType.TIME),
    RESPONSE_TYPE(PropertyType.INTEGER),
    ONLINE_MEETING_CONF_LINK(PropertyType.TEXT),
    ONLINE_MEETING_EXTERNAL_LINK(PropertyType.TEXT);

    private final PropertySpec spec;

    EventExceptionProperty(PropertyType type) {
        this(type, PropertySpec.NO_MEMBERS);
    }

    EventExceptionProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        spec = PropertySpec.of(name(), type, members);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
