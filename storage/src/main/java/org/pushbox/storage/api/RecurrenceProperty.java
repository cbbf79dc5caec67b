package org.pushbox.storage.api;

/** A recurrence pattern of an event, a task or a meeting request. */
public enum RecurrenceProperty implements SpecifiedPropertyKey {
    TYPE(PropertyType.INTEGER),
    INTERVAL(PropertyType.INTEGER),
    START(PropertyType.TIME),
    UNTIL(PropertyType.TIME),
    OCCURRENCES(PropertyType.INTEGER),
    DAY_OF_WEEK(PropertyType.INTEGER),
    DAY_OF_MONTH(PropertyType.INTEGER),
    WEEK_OF_MONTH(PropertyType.INTEGER),
    MONTH_OF_YEAR(PropertyType.INTEGER),
    CALENDAR_TYPE(PropertyType.INTEGER),
    IS_LEAP_MONTH(PropertyType.BOOLEAN),
    FIRST_DAY_OF_WEEK(PropertyType.INTEGER),
    REGENERATE(PropertyType.BOOLEAN),
    DEAD_OCCUR(PropertyType.BOOLEAN);

    private final PropertySpec spec;

    RecurrenceProperty(PropertyType type) {
        spec = PropertySpec.of(name(), type, PropertySpec.NO_MEMBERS);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
