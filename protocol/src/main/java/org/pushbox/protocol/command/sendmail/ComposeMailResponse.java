package org.pushbox.protocol.command.sendmail;

import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * The response of SendMail, SmartReply or SmartForward. Success is an empty HTTP body (the server
 * sends none); a failure carries a common status (e.g. 118 for a repeated ClientId, 150 for a
 * missing source), or 1 where a client insists on a body.
 */
public record ComposeMailResponse(EasStatus status) {

    public ComposeMailResponse {
        Objects.requireNonNull(status, "status");
    }
}
