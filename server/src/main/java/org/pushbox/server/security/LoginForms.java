package org.pushbox.server.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a user name arrives in: {@code anna}, {@code EXAMPLE\anna} (Windows and Outlook prepend a
 * domain) and {@code anna@example.org} (most phones use the address). The login is tried as given first,
 * so an account whose login really contains a backslash or an at sign still works.
 */
final class LoginForms {

    private LoginForms() {
    }

    /** The logins to look up, most specific first; never empty for a non-blank user. */
    static List<String> candidates(String user) {
        List<String> candidates = new ArrayList<>();
        String given = user.strip();
        if (given.isEmpty()) {
            return candidates;
        }
        candidates.add(given);
        int backslash = given.lastIndexOf('\\');
        if (backslash >= 0 && backslash < given.length() - 1) {
            candidates.add(given.substring(backslash + 1));
        }
        return candidates;
    }
}
