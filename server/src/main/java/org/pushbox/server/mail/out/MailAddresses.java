package org.pushbox.server.mail.out;

/**
 * The envelope address syntax pushbox sends to: {@code local@domain} in the common dot-atom form (RFC 5321
 * Mailbox without quoted local parts), a domain of letters, digits and hyphens (non-ASCII allowed for
 * internationalised mail) or an address literal. Anything that could break an SMTP command line, such as
 * spaces, angle brackets or control characters, is refused.
 */
final class MailAddresses {

    static final int MAX_LENGTH = 254;  // RFC 5321 path limit 256 minus the angle brackets
    static final int MAX_LOCAL = 64;

    private MailAddresses() {
    }

    static boolean isValid(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL || at == address.length() - 1) {
            return false;
        }
        return isDotAtom(address.substring(0, at), true) && isDomain(address.substring(at + 1));
    }

    private static boolean isDomain(String domain) {
        if (domain.startsWith("[") && domain.endsWith("]")) {
            return domain.length() > 2 && domain.substring(1, domain.length() - 1).chars()
                    .allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ':'));
        }
        return isDotAtom(domain, false);
    }

    /** Dot-separated non-empty atoms; in a local part the atext specials are allowed too. */
    private static boolean isDotAtom(String text, boolean local) {
        if (text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '.' || Character.isLetterOrDigit(c) || c == '-'
                    || (local && "!#$%&'*+/=?^_`{|}~".indexOf(c) >= 0)
                    || (c >= 0x80 && !Character.isWhitespace(c) && !Character.isISOControl(c)
                            && Character.getType(c) != Character.FORMAT);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
