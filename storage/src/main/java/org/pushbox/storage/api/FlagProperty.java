package org.pushbox.storage.api;

import java.util.function.Supplier;

/** A follow-up flag on a message (also used by tasks' reminder fields). */
public enum FlagProperty implements PropertyKey {
    STATUS(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    FLAG_TYPE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    SUBJECT(PropertyType.TEXT, () -> PropertyKeys.NONE),
    START_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    UTC_START_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    DUE_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    UTC_DUE_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    REMINDER_SET(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    REMINDER_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    COMPLETE_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    DATE_COMPLETED(PropertyType.TIME, () -> PropertyKeys.NONE),
    ORDINAL_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    SUB_ORDINAL_DATE(PropertyType.TEXT, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    FlagProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
