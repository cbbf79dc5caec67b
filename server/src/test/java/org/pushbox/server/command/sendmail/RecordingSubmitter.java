package org.pushbox.server.command.sendmail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.server.mail.out.MailSubmitter;
import org.pushbox.server.mail.out.OutgoingMessage;
import org.pushbox.server.mail.out.SubmitException;
import org.pushbox.server.mail.out.SubmitResult;

/** Keeps what was submitted, recognising a repeated ClientId per account as the real outbox does. */
final class RecordingSubmitter implements MailSubmitter {

    final List<OutgoingMessage> accepted = new ArrayList<>();
    private final Map<String, Long> byClientId = new HashMap<>();
    SubmitException.Reason refuseWith;

    @Override
    public synchronized SubmitResult submit(OutgoingMessage message) throws SubmitException {
        if (refuseWith != null) {
            throw new SubmitException(refuseWith, "refused by the test");
        }
        String key = message.accountId() + "/" + message.clientId();
        if (message.clientId() != null && byClientId.containsKey(key)) {
            return new SubmitResult(SubmitResult.Outcome.DUPLICATE_CLIENT_ID, byClientId.get(key));
        }
        accepted.add(message);
        long id = accepted.size();
        if (message.clientId() != null) {
            byClientId.put(key, id);
        }
        return new SubmitResult(SubmitResult.Outcome.ACCEPTED, id);
    }

    synchronized String lastMime() {
        return new String(accepted.get(accepted.size() - 1).mime(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
