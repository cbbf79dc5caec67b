package org.pushbox.storage.api;

import java.util.function.Supplier;

/** One attendee of an event or of an event exception. */
public enum AttendeeProperty implements PropertyKey {
    EMAIL(PropertyType.TEXT, () -> PropertyKeys.NONE),
    NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    STATUS(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    ATTENDEE_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    AttendeeProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
