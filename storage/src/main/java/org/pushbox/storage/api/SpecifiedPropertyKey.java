package org.pushbox.storage.api;

/** A {@link PropertyKey} whose key, type and members come from its {@link PropertySpec}. */
public interface SpecifiedPropertyKey extends PropertyKey {

    PropertySpec spec();

    @Override
    default String key() {
        return spec().key();
    }

    @Override
    default PropertyType type() {
        return spec().type();
    }

    @Override
    default PropertyKey[] members() {
        return spec().members().get();
    }
}
