package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a task. */
public enum TaskProperty implements SpecifiedPropertyKey {
    SUBJECT(PropertyType.TEXT),
    BODY(PropertyType.TEXT),
    BODY_TYPE(PropertyType.INTEGER),
    NATIVE_BODY_TYPE(PropertyType.INTEGER),
    IMPORTANCE(PropertyType.INTEGER),
    START_DATE(PropertyType.TIME),
    UTC_START_DATE(PropertyType.TIME),
    DUE_DATE(PropertyType.TIME),
    UTC_DUE_DATE(PropertyType.TIME),
    COMPLETE(PropertyType.BOOLEAN),
    DATE_COMPLETED(PropertyType.TIME),
    SENSITIVITY(PropertyType.INTEGER),
    REMINDER_SET(PropertyType.BOOLEAN),
    REMINDER_TIME(PropertyType.TIME),
    CATEGORIES(PropertyType.TEXT_LIST),
    RECURRENCE(PropertyType.GROUP, RecurrenceProperty::values),
    ORDINAL_DATE(PropertyType.TIME),
    SUB_ORDINAL_DATE(PropertyType.TEXT);

    private final PropertySpec spec;

    TaskProperty(PropertyType type) {
        this(type, PropertySpec.NO_MEMBERS);
    }

    TaskProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        spec = PropertySpec.of(name(), type, members);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
