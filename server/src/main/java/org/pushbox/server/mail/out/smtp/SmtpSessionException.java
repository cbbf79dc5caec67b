package org.pushbox.server.mail.out.smtp;

/**
 * The relay refused the session itself (greeting, EHLO, STARTTLS, AUTH): nothing about one message or
 * recipient, usually a configuration problem on either side, so every message waiting is tried again later.
 */
public final class SmtpSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public SmtpSessionException(String message) {
        super(message);
    }
}
