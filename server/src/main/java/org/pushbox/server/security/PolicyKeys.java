package org.pushbox.server.security;

import java.util.Locale;
import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyType;

/**
 * The keys of an account's stored policy ({@code Account.policy()}): each one, when present, overrides the
 * server's {@code policy.*} setting of the same name for that account (docs/provisioning.md).
 */
public enum PolicyKeys implements PropertyKey {
    /** false: this account's devices need not provision, whatever {@code policy.mode} says; true: they must. */
    ENFORCE(PropertyType.BOOLEAN),
    ALLOW_NON_COMPLIANT_DEVICES(PropertyType.BOOLEAN),
    PASSWORD_REQUIRED(PropertyType.BOOLEAN),
    PASSWORD_MIN_LENGTH(PropertyType.INTEGER),
    PASSWORD_ALPHANUMERIC(PropertyType.BOOLEAN),
    PASSWORD_COMPLEX_CHARACTERS(PropertyType.INTEGER),
    PASSWORD_MAX_FAILED_ATTEMPTS(PropertyType.INTEGER),
    PASSWORD_EXPIRATION_DAYS(PropertyType.INTEGER),
    PASSWORD_HISTORY(PropertyType.INTEGER),
    ALLOW_SIMPLE_PASSWORD(PropertyType.BOOLEAN),
    MAX_INACTIVITY_SECONDS(PropertyType.INTEGER),
    REQUIRE_ENCRYPTION(PropertyType.BOOLEAN),
    ATTACHMENTS_ENABLED(PropertyType.BOOLEAN),
    MAX_ATTACHMENT_BYTES(PropertyType.INTEGER),
    PASSWORD_RECOVERY(PropertyType.BOOLEAN);

    private final PropertyType type;
    private final String key;

    PolicyKeys(PropertyType type) {
        this.type = type;
        this.key = camel(name());
    }

    static String camel(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return out.toString();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public PropertyType type() {
        return type;
    }
}
