package org.pushbox.server.admin;

import java.security.SecureRandom;
import java.util.Optional;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;

/**
 * The account a first start creates so that a phone can connect at once. Its password is random and
 * shown once: a well-known demo password on a server reachable from the internet would be an open door.
 */
final class DemoAccount {

    static final String LOGIN = "demo";
    static final String DISPLAY_NAME = "Demo User";
    static final int PASSWORD_LENGTH = 16;
    /** No 0/O, 1/l/I: the password is read off a terminal and typed on a phone. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** The created account and its password. */
    record Created(Account account, String password) {
    }

    private DemoAccount() {
    }

    /** Creates the demo account when the store has no account at all; empty otherwise. */
    static Optional<Created> createIfEmpty(MailboxStore store, PushboxConfig config) {
        if (!store.accounts().list().isEmpty()) {
            return Optional.empty();
        }
        String password = randomPassword();
        String address = LOGIN + "@" + config.publicUrl().getHost();
        Account account = store.accounts().create(NewAccount.of(LOGIN, password, DISPLAY_NAME, address));
        return Optional.of(new Created(account, password));
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
