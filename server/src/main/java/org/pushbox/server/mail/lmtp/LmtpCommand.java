package org.pushbox.server.mail.lmtp;

import java.util.Locale;

/** One command line: the verb (upper-cased) and the rest of the line, as RFC 5321 section 4.1.1 lays it out. */
record LmtpCommand(String verb, String argument) {

    static LmtpCommand parse(String line) {
        int space = line.indexOf(' ');
        String verb = space < 0 ? line : line.substring(0, space);
        String argument = space < 0 ? "" : line.substring(space + 1).strip();
        return new LmtpCommand(verb.toUpperCase(Locale.ROOT), argument);
    }
}
