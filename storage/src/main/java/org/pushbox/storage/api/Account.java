package org.pushbox.storage.api;

import java.time.Instant;
import java.util.List;

/**
 * A user of the server. {@code login} is the normalised login; {@code addresses} lists the
 * primary address first, then aliases. The password hash never leaves the store.
 */
public record Account(long id, String login, String displayName, List<String> addresses, boolean enabled,
        PropertyMap policy, long hierarchyModseq, Instant created) {

    public Account {
        addresses = List.copyOf(addresses);
    }

    /** The primary e-mail address, or null when the account has none. */
    public String primaryAddress() {
        return addresses.isEmpty() ? null : addresses.get(0);
    }
}
