package org.pushbox.server.mail.compose;

import java.util.Objects;
import org.pushbox.protocol.command.CommonStatus;

/** A message that cannot be composed or sent, with the common status the client gets for it. */
public final class ComposeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CommonStatus status;

    public ComposeException(CommonStatus status, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
    }

    public ComposeException(CommonStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    public CommonStatus status() {
        return status;
    }
}
