package org.pushbox.server.http;

import java.util.concurrent.CompletionException;

/** A processor failed; carries the request so that the 500 is logged with command, user and device. */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(CommandContext context, Throwable cause) {
        super(context.request().command() + " failed for " + context.account().login() + ", device "
                + context.request().deviceId(), unwrap(cause));
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
