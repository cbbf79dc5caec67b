package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a note. */
public enum NoteProperty implements PropertyKey {
    SUBJECT(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    MESSAGE_CLASS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    LAST_MODIFIED_DATE(PropertyType.TIME, () -> PropertyKeys.NONE),
    CATEGORIES(PropertyType.TEXT_LIST, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    NoteProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
