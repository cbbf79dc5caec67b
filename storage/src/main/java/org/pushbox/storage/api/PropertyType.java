package org.pushbox.storage.api;

/** The value kinds an item property can hold; each maps to one {@link PropertyValue} record. */
public enum PropertyType {
    TEXT, INTEGER, BOOLEAN, TIME, BYTES, BLOB, TEXT_LIST, GROUP, GROUP_LIST
}
