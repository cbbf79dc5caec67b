package org.pushbox.storage.api;

/** One attendee of an event or of an event exception. */
public enum AttendeeProperty implements SpecifiedPropertyKey {
    EMAIL(PropertyType.TEXT),
    NAME(PropertyType.TEXT),
    STATUS(PropertyType.INTEGER),
    ATTENDEE_TYPE(PropertyType.INTEGER);

    private final PropertySpec spec;

    AttendeeProperty(PropertyType type) {
        spec = PropertySpec.of(name(), type, PropertySpec.NO_MEMBERS);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
