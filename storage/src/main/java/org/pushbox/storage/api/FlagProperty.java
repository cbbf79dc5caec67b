package org.pushbox.storage.api;

/** A follow-up flag on a message (also used by tasks' reminder fields). */
public enum FlagProperty implements SpecifiedPropertyKey {
    STATUS(PropertyType.INTEGER),
    FLAG_TYPE(PropertyType.TEXT),
    SUBJECT(PropertyType.TEXT),
    START_DATE(PropertyType.TIME),
    UTC_START_DATE(PropertyType.TIME),
    DUE_DATE(PropertyType.TIME),
    UTC_DUE_DATE(PropertyType.TIME),
    REMINDER_SET(PropertyType.BOOLEAN),
    REMINDER_TIME(PropertyType.TIME),
    COMPLETE_TIME(PropertyType.TIME),
    DATE_COMPLETED(PropertyType.TIME),
    ORDINAL_DATE(PropertyType.TIME),
    SUB_ORDINAL_DATE(PropertyType.TEXT);

    private final PropertySpec spec;

    FlagProperty(PropertyType type) {
        spec = PropertySpec.of(name(), type, PropertySpec.NO_MEMBERS);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
