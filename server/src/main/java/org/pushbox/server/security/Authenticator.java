package org.pushbox.server.security;

import java.util.Optional;
import org.pushbox.storage.api.Account;

/**
 * Checks a user name and password. Blocking (it may hash a password and query the store): call it on the
 * worker pool, never on an event loop.
 */
public interface Authenticator {

    /**
     * The enabled account for these credentials, or empty when they are wrong.
     *
     * @param user as the client typed it: {@code user}, <code>DOMAIN&#92;user</code> or {@code user@domain}
     * @throws AuthenticationOverloadedException when too many passwords are being checked at once
     */
    Optional<Account> authenticate(String user, String password);
}
