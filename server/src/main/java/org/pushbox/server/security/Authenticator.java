package org.pushbox.server.security;

import java.util.Optional;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AccountDevice;

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

    /**
     * {@link #authenticate(String, String)} together with the account's device of {@code deviceId} (null when the
     * request names none). The store's authenticator reads both in one statement; this default reads no device,
     * so the caller finds or registers it itself.
     */
    default Optional<AccountDevice> authenticate(String user, String password, String deviceId) {
        return authenticate(user, password).map(account -> new AccountDevice(account, Optional.empty()));
    }
}
