package org.pushbox.server.mail.out;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.StoreException;

/**
 * Puts a queued message into the Inbox of its local recipients through {@link MailDelivery}, which shares
 * the stored blob and wakes the recipients' held Pings. A repeat after a crash is harmless: MailDelivery
 * recognises the same blob delivered to the same Inbox within its retry window.
 */
final class LocalDeliverer {

    private final MailboxStore store;
    private final MailDelivery delivery;

    LocalDeliverer(MailboxStore store, MailDelivery delivery) {
        this.store = store;
        this.delivery = delivery;
    }

    List<Attempt> deliver(OutboundMessage message, List<OutboundRecipient> recipients) {
        List<Attempt> attempts = new ArrayList<>();
        if (message.mime() == null) {
            recipients.forEach(r -> attempts.add(Attempt.permanentFailure(r, 554, "5.3.0 the message content is gone")));
            return attempts;
        }
        Map<OutboundRecipient, Account> targets = new LinkedHashMap<>();
        for (OutboundRecipient r : recipients) {
            Optional<Account> account;
            try {
                account = store.accounts().findByAddress(r.address());
            } catch (StoreException e) {
                attempts.add(Attempt.transientFailure(r, "4.3.0 mailbox store unavailable: " + e.getMessage()));
                continue;
            }
            if (account.isEmpty()) {
                attempts.add(Attempt.permanentFailure(r, 550, "5.1.1 no such mailbox here"));
            } else if (!account.get().enabled()) {
                attempts.add(Attempt.permanentFailure(r, 550, "5.2.1 mailbox disabled"));
            } else {
                targets.put(r, account.get());
            }
        }
        if (targets.isEmpty()) {
            return attempts;
        }
        Map<Long, MailDelivery.Outcome> outcomes = delivery.deliver(message.mime(), List.copyOf(targets.values()));
        targets.forEach((r, account) -> attempts.add(switch (outcomes.get(account.id())) {
            case DELIVERED, ALREADY_DELIVERED -> Attempt.delivered(r);
            case NO_MAILBOX -> Attempt.permanentFailure(r, 550, "5.1.1 the mailbox has no Inbox");
            case FAILED -> Attempt.transientFailure(r, "4.3.0 delivery into the mailbox store failed");
        }));
        return attempts;
    }
}
