package org.pushbox.protocol.command;

/**
 * A request (or, on the client side, a response) that does not have the structure the
 * specification prescribes for its command and version. It carries the EAS status that the
 * specification names for the problem, e.g. Sync 4, FolderSync 10, Ping 4, or
 * {@link CommonStatus#INVALID_XML} where a command has no status of its own; the server answers
 * with it (and, for a {@link CommonStatus} and a 12.1 client, with its HTTP equivalent).
 */
public final class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient EasStatus status;

    public CommandException(EasStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** The status to answer with. */
    public EasStatus status() {
        return status;
    }

    /** The numeric status code. */
    public int code() {
        return status.code();
    }
}
