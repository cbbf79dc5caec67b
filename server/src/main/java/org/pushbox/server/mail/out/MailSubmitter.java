package org.pushbox.server.mail.out;

/**
 * The one way mail leaves an account: SendMail, SmartReply, SmartForward and meeting replies hand a finished
 * RFC 5322 message here. Local recipients are delivered straight into their Inbox; the rest are queued
 * durably for the configured SMTP relay and retried with backoff until they are accepted or bounce.
 *
 * <p>Blocking (JDBC, files): call it on the worker pool, never on an event loop. When it returns
 * normally, the message is committed: a crash or a relay outage after that loses nothing.
 */
public interface MailSubmitter {

    /**
     * Accepts {@code message} for delivery. A message whose {@link OutgoingMessage#clientId()} this account
     * already submitted is not sent again and yields {@link SubmitResult.Outcome#DUPLICATE_CLIENT_ID}.
     *
     * @throws SubmitException when the message is refused (sender not the account's, no recipients, too
     *     large) or cannot be stored
     */
    SubmitResult submit(OutgoingMessage message) throws SubmitException;
}
