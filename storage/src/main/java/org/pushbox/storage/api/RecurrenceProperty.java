package org.pushbox.storage.api;

import java.util.function.Supplier;

/** A recurrence pattern of an event, a task or a meeting request. */
public enum RecurrenceProperty implements PropertyKey {
    TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    INTERVAL(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    START(PropertyType.TIME, () -> PropertyKeys.NONE),
    UNTIL(PropertyType.TIME, () -> PropertyKeys.NONE),
    OCCURRENCES(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    DAY_OF_WEEK(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    DAY_OF_MONTH(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    WEEK_OF_MONTH(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    MONTH_OF_YEAR(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    CALENDAR_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    IS_LEAP_MONTH(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    FIRST_DAY_OF_WEEK(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    REGENERATE(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    DEAD_OCCUR(PropertyType.BOOLEAN, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    RecurrenceProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
