package org.pushbox.server.mail.out;

/** A message {@link MailSubmitter} refuses, with the reason a command maps to its EAS status. */
public final class SubmitException extends Exception {

    public enum Reason {
        /** The envelope sender is not one of the account's addresses. */
        SENDER_NOT_ALLOWED,
        /** No recipient, or a recipient address that is not a valid mailbox. */
        INVALID_RECIPIENT,
        /** The message exceeds the configured size limit. */
        TOO_LARGE,
        /** Storage failed; nothing was accepted and the client may retry. */
        STORAGE_FAILED,
        /** No relay is configured and a recipient is not local. */
        NO_RELAY
    }

    private final Reason reason;

    public SubmitException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SubmitException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
