package org.pushbox.server.mail.out;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pushbox.server.mail.out.smtp.SmtpConnection;
import org.pushbox.server.mail.out.smtp.SmtpReply;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundRecipient;

/** One queued message's remote recipients through an open relay session: the stored bytes, unchanged. */
final class RelayTransfer {

    private final MailboxStore store;

    RelayTransfer(MailboxStore store) {
        this.store = store;
    }

    /**
     * Sends and returns one attempt per recipient.
     *
     * @throws IOException when the session broke; whether the relay took the message is then unknown, and
     *     every recipient is tried again (the at-least-once case of docs/mail-out.md)
     */
    List<Attempt> send(SmtpConnection connection, OutboundMessage message, List<OutboundRecipient> recipients)
            throws IOException {
        if (message.mime() == null) {
            List<Attempt> lost = new ArrayList<>();
            recipients.forEach(r -> lost.add(Attempt.permanentFailure(r, 554, "5.3.0 the message content is gone")));
            return lost;
        }
        List<String> addresses = recipients.stream().map(OutboundRecipient::address).distinct().toList();
        Map<String, SmtpReply> replies;
        try (InputStream data = store.blobs().open(message.mime())) {
            replies = connection.send(message.envelopeFrom(), addresses, message.size(), data);
        }
        List<Attempt> attempts = new ArrayList<>();
        for (OutboundRecipient r : recipients) {
            attempts.add(new Attempt(r, replies.get(r.address())));
        }
        return attempts;
    }
}
