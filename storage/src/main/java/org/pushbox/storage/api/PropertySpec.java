package org.pushbox.storage.api;

import java.util.function.Supplier;

/**
 * What a property enum's constant is, said once: its persisted key (the constant's name in lower
 * camel case), its type and, for groups, the keys a group may hold. The enums keep one of these
 * instead of each repeating the same fields, constructor and accessors.
 */
public record PropertySpec(String key, PropertyType type, Supplier<PropertyKey[]> members) {

    /** For constants that are not groups. */
    public static final Supplier<PropertyKey[]> NO_MEMBERS = () -> PropertyKeys.NONE;

    /** A constant that is not a group, under an explicit key (the server's own properties beside the EAS ones). */
    public static PropertySpec plain(String key, PropertyType type) {
        return new PropertySpec(key, type, NO_MEMBERS);
    }

    static PropertySpec of(String constantName, PropertyType type, Supplier<PropertyKey[]> members) {
        return new PropertySpec(PropertyKeys.camel(constantName), type, members);
    }
}
