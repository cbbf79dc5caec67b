package org.pushbox.server.mail.out;

import org.pushbox.server.mail.out.smtp.SmtpReply;
import org.pushbox.storage.api.OutboundRecipient;

/**
 * What one delivery attempt did for one recipient, in SMTP's terms whether it went to the relay or into
 * a local Inbox: a positive reply, a transient one (try again) or a permanent one (bounce).
 *
 * @param reply the relay's reply, or one pushbox words the same way for a local delivery or a lost connection
 */
record Attempt(OutboundRecipient recipient, SmtpReply reply) {

    static Attempt delivered(OutboundRecipient recipient) {
        return new Attempt(recipient, SmtpReply.of(250, "2.0.0 delivered"));
    }

    static Attempt transientFailure(OutboundRecipient recipient, String text) {
        return new Attempt(recipient, SmtpReply.of(451, text));
    }

    static Attempt permanentFailure(OutboundRecipient recipient, int code, String text) {
        return new Attempt(recipient, SmtpReply.of(code, text));
    }
}
