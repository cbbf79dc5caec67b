package org.pushbox.storage.api;

import java.util.function.Supplier;

/** A structured location (16.x events and meeting requests). */
public enum LocationProperty implements PropertyKey {
    DISPLAY_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ANNOTATION(PropertyType.TEXT, () -> PropertyKeys.NONE),
    STREET(PropertyType.TEXT, () -> PropertyKeys.NONE),
    CITY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    STATE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    COUNTRY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    POSTAL_CODE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    LATITUDE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    LONGITUDE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ACCURACY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ALTITUDE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ALTITUDE_ACCURACY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    LOCATION_URI(PropertyType.TEXT, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    LocationProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
