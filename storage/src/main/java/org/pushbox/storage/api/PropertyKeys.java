package org.pushbox.storage.api;

/** Helpers shared by the property enums. */
final class PropertyKeys {

    static final PropertyKey[] NONE = new PropertyKey[0];

    private PropertyKeys() {
    }

    /** {@code EMAIL1_ADDRESS} becomes {@code email1Address}: the persisted key follows the constant's name. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder(constant.length());
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }
}
