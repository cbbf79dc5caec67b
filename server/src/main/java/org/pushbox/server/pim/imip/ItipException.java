package org.pushbox.server.pim.imip;

/** An iCalendar object that is not a usable iTIP message; the mail is then kept as ordinary mail. */
public final class ItipException extends Exception {

    private static final long serialVersionUID = 1L;

    public ItipException(String message) {
        super(message);
    }

    public ItipException(String message, Throwable cause) {
        super(message, cause);
    }
}
