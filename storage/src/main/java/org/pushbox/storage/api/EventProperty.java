package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a calendar event. */
public enum EventProperty implements SpecifiedPropertyKey {
    TIME_ZONE(PropertyType.BYTES),
    ALL_DAY_EVENT(PropertyType.BOOLEAN),
    START_TIME(PropertyType.TIME),
    END_TIME(PropertyType.TIME),
    DT_STAMP(PropertyType.TIME),
    SUBJECT(PropertyType.TEXT),
    UID(PropertyType.TEXT),
    CLIENT_UID(PropertyType.TEXT),
    ORGANIZER_NAME(PropertyType.TEXT),
    ORGANIZER_EMAIL(PropertyType.TEXT),
    LOCATION(PropertyType.TEXT),
    STRUCTURED_LOCATION(PropertyType.GROUP, LocationProperty::values),
    REMINDER(PropertyType.INTEGER),
    SENSITIVITY(PropertyType.INTEGER),
    BUSY_STATUS(PropertyType.INTEGER),
    MEETING_STATUS(PropertyType.INTEGER),
    ATTENDEES(PropertyType.GROUP_LIST, AttendeeProperty::values),
    CATEGORIES(PropertyType.TEXT_LIST),
    RECURRENCE(PropertyType.GROUP, RecurrenceProperty::values),
    EXCEPTIONS(PropertyType.GROUP_LIST, EventExceptionProperty::values),
    BODY(PropertyType.TEXT),
    BODY_TYPE(PropertyType.INTEGER),
    NATIVE_BODY_TYPE(PropertyType.INTEGER),
    RESPONSE_REQUESTED(PropertyType.BOOLEAN),
    APPOINTMENT_REPLY_TIME(PropertyType.TIME),
    RESPONSE_TYPE(PropertyType.INTEGER),
    DISALLOW_NEW_TIME_PROPOSAL(PropertyType.BOOLEAN),
    ONLINE_MEETING_CONF_LINK(PropertyType.TEXT),
    ONLINE_MEETING_EXTERNAL_LINK(PropertyType.TEXT);

    private final PropertySpec spec;

    EventProperty(PropertyType type) {
        this(type, PropertySpec.NO_MEMBERS);
    }

    EventProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        spec = PropertySpec.of(name(), type, members);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
