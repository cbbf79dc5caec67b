package org.pushbox.storage.api;

/**
 * A named, typed property. The enums implementing this list every property of a data class;
 * the store persists any key, so properties not listed (or not managed by a client) survive too.
 */
public interface PropertyKey {

    /** The persisted key, lower camel case. */
    String key();

    PropertyType type();

    /** For {@link PropertyType#GROUP} and {@link PropertyType#GROUP_LIST}: the keys a group may hold. */
    default PropertyKey[] members() {
        return new PropertyKey[0];
    }
}
