package org.pushbox.server.http;

import java.util.concurrent.CompletionStage;

/**
 * Executes one EAS command. The HTTP layer calls {@link #process} on a worker thread (blocking store
 * calls are fine there) after authentication, request-line parsing, body decoding and device
 * registration; the processor completes the returned stage with the response, at once or later (a
 * held Ping completes it when a folder changes or the heartbeat expires, without holding a thread).
 *
 * <p>Register processors in the {@link CommandRegistry}: OPTIONS advertises exactly the registered
 * commands, and a command without a processor is answered with 501.
 *
 * <p>An exception (thrown or completing the stage) becomes an HTTP 500 without a body and is logged with
 * the device id; business errors belong in the WBXML Status instead.
 */
@FunctionalInterface
public interface CommandProcessor {

    CompletionStage<CommandResponse> process(CommandContext context) throws Exception;
}
