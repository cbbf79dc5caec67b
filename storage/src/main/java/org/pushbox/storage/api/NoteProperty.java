package org.pushbox.storage.api;

/** Every property of a note. */
public enum NoteProperty implements SpecifiedPropertyKey {
    SUBJECT(PropertyType.TEXT),
    BODY(PropertyType.TEXT),
    BODY_TYPE(PropertyType.INTEGER),
    MESSAGE_CLASS(PropertyType.TEXT),
    LAST_MODIFIED_DATE(PropertyType.TIME),
    CATEGORIES(PropertyType.TEXT_LIST);

    private final PropertySpec spec;

    NoteProperty(PropertyType type) {
        spec = PropertySpec.of(name(), type, PropertySpec.NO_MEMBERS);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
