package org.pushbox.storage.api;

/** A structured location (16.x events and meeting requests). */
public enum LocationProperty implements SpecifiedPropertyKey {
    DISPLAY_NAME(PropertyType.TEXT),
    ANNOTATION(PropertyType.TEXT),
    STREET(PropertyType.TEXT),
    CITY(PropertyType.TEXT),
    STATE(PropertyType.TEXT),
    COUNTRY(PropertyType.TEXT),
    POSTAL_CODE(PropertyType.TEXT),
    LATITUDE(PropertyType.TEXT),
    LONGITUDE(PropertyType.TEXT),
    ACCURACY(PropertyType.TEXT),
    ALTITUDE(PropertyType.TEXT),
    ALTITUDE_ACCURACY(PropertyType.TEXT),
    LOCATION_URI(PropertyType.TEXT);

    private final PropertySpec spec;

    LocationProperty(PropertyType type) {
        spec = PropertySpec.of(name(), type, PropertySpec.NO_MEMBERS);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
