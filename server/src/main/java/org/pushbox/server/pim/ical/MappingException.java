package org.pushbox.server.pim.ical;

/** A component that cannot become an EAS item; the message says why, for the per-entry error report. */
public final class MappingException extends Exception {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }
}
