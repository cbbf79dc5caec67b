package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a task. */
public enum TaskProperty implements PropertyKey {
    SUBJECT(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    NATIVE_BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    IMPORTANCE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    START_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    UTC_START_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    DUE_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    UTC_DUE_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    COMPLETE(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    DATE_COMPLETED(PropertyType.TIME, () -> PropertyKeys.NONE),
    SENSITIVITY(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    REMINDER_SET(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    REMINDER_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    CATEGORIES(PropertyType.TEXT_LIST, () -> PropertyKeys.NONE),
    RECURRENCE(PropertyType.GROUP, RecurrenceProperty::values),
    ORDINAL_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    SUB_ORDINAL_DATE(PropertyType.TEXT, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    TaskProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
