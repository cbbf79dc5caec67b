package org.pushbox.server.mail.out.smtp;

import java.util.List;

/**
 * One reply of an SMTP server: the three-digit code and its text lines (without the code).
 *
 * @param code 200-599
 * @param lines the text of each line, at least one
 */
public record SmtpReply(int code, List<String> lines) {

    public SmtpReply {
        lines = List.copyOf(lines);
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("not an SMTP reply code: " + code);
        }
    }

    /** A reply pushbox makes up itself (for a recipient it did not even try), in the relay's form. */
    public static SmtpReply of(int code, String text) {
        return new SmtpReply(code, List.of(text));
    }

    public boolean isPositive() {
        return code < 400;
    }

    /** 4xx: try again later. */
    public boolean isTransient() {
        return code >= 400 && code < 500;
    }

    /** 5xx: will never succeed as sent. */
    public boolean isPermanent() {
        return code >= 500;
    }

    /** The reply on one line, e.g. {@code 550 5.1.1 No such user}, for logs, retries and bounces. */
    @Override
    public String toString() {
        return code + " " + String.join(" ", lines).strip();
    }
}
