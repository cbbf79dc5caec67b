package org.pushbox.server.mail.lmtp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The argument of MAIL FROM and RCPT TO: {@code FROM:<path> [PARAM[=value] ...]}. The path keeps its
 * case (local parts may be case-sensitive elsewhere); a source route ({@code <@a,@b:user@host>}) is
 * dropped as RFC 5321 section 4.1.2 allows. Parameter names are upper-cased.
 *
 * @param address the mailbox, empty for the null path {@code <>}
 */
record MailPath(String address, Map<String, String> parameters) {

    /** Parses {@code argument} after the keyword ({@code FROM:} or {@code TO:}); null when malformed. */
    static MailPath parse(String argument, String keyword) {
        if (!argument.regionMatches(true, 0, keyword, 0, keyword.length())) {
            return null;
        }
        String rest = argument.substring(keyword.length()).stripLeading();
        if (!rest.startsWith("<")) {
            return null;
        }
        int close = rest.indexOf('>');
        if (close < 0) {
            return null;
        }
        String address = rest.substring(1, close).strip();
        if (address.startsWith("@")) {
            int colon = address.indexOf(':');
            if (colon < 0) {
                return null;
            }
            address = address.substring(colon + 1);
        }
        if (!address.isEmpty() && (address.indexOf('@') <= 0 || address.chars().anyMatch(c -> c <= ' '))) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String tail = rest.substring(close + 1).strip();
        if (!tail.isEmpty()) {
            for (String parameter : tail.split(" +")) {
                int eq = parameter.indexOf('=');
                String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    return null;
                }
                parameters.put(name, eq < 0 ? null : parameter.substring(eq + 1));
            }
        }
        return new MailPath(address, parameters);
    }
}
