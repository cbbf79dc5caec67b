package org.pushbox.storage.api;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way logins, e-mail addresses and other case-insensitive keys are folded before they
 * are stored or looked up. Explicit folding makes H2 and MariaDB agree (their collations do not).
 */
public final class Logins {

    private Logins() {
    }

    /** Trim, Unicode NFC, lower case in the root locale (no Turkish dotless-i surprises). */
    public static String normalise(String login) {
        if (login == null) {
            throw new IllegalArgumentException("login is null");
        }
        return Normalizer.normalize(login.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
