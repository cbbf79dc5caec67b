package org.pushbox.server.mail.out;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.RecipientUpdate;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the attempts of one claim into queue state, in one transaction: delivered recipients are sent,
 * transient failures wait for their next attempt (or are given up once too old), permanent ones fail, and
 * a bounce for the failures is queued in that same transaction to the sender's own Inbox, then delivered
 * at once. A bounce is never bounced: it has the null sender.
 */
final class Settlement {

    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);
    /** When the bounce cannot be prepared (store trouble), its failures are tried again this much later. */
    static final Duration BOUNCE_RETRY = Duration.ofMinutes(5);

    private final MailboxStore store;
    private final LocalDeliverer local;
    private final Backoff backoff;
    private final String host;
    private final Clock clock;
    private final Duration lease;

    Settlement(MailboxStore store, LocalDeliverer local, Backoff backoff, String host, Clock clock, Duration lease) {
        this.store = store;
        this.local = local;
        this.backoff = backoff;
        this.host = host;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Records {@code attempts} (one per recipient of {@code claim}).
     *
     * @throws StoreException when the result cannot be committed; the lease then runs out and the
     *     recipients are tried again (at least once, docs/mail-out.md)
     */
    void record(OutboundClaim claim, List<Attempt> attempts) {
        OutboundMessage message = claim.message();
        Instant now = clock.instant();
        List<RecipientUpdate> updates = new ArrayList<>();
        List<Bounce.Failure> failures = new ArrayList<>();
        for (Attempt a : attempts) {
            long id = a.recipient().id();
            String reply = a.reply().toString();
            if (a.reply().isPositive()) {
                updates.add(RecipientUpdate.sent(id));
                LOG.info("outbound message {} from <{}> to <{}>: {}", message.id(), message.envelopeFrom(),
                        a.recipient().address(), reply);
            } else if (a.reply().isPermanent()) {
                updates.add(RecipientUpdate.failed(id, reply));
                failures.add(new Bounce.Failure(a.recipient().address(), reply, false));
                LOG.warn("outbound message {} to <{}> failed: {}", message.id(), a.recipient().address(), reply);
            } else if (backoff.isExpired(message.created(), now)) {
                updates.add(RecipientUpdate.failed(id, "gave up: " + reply));
                failures.add(new Bounce.Failure(a.recipient().address(), reply, true));
                LOG.warn("outbound message {} to <{}> given up after {}: {}", message.id(), a.recipient().address(),
                        backoff.giveUpAfter(), reply);
            } else {
                Instant next = backoff.next(a.recipient().attempts(), now);
                updates.add(RecipientUpdate.retryAt(id, next, reply));
                LOG.info("outbound message {} to <{}> deferred until {}: {}", message.id(), a.recipient().address(),
                        next, reply);
            }
        }
        NewOutboundMessage bounce = null;
        if (!failures.isEmpty() && !message.envelopeFrom().isEmpty()) {
            try {
                bounce = Bounce.toSender(store, message, failures, host, now);
            } catch (IOException | StoreException e) {
                LOG.warn("cannot prepare the bounce of outbound message {}, its failures wait {}: {}", message.id(),
                        BOUNCE_RETRY, e.toString());
                updates.replaceAll(u -> u.state() == OutboundRecipient.State.FAILED
                        ? RecipientUpdate.retryAt(u.recipientId(), now.plus(BOUNCE_RETRY), u.error()) : u);
            }
        }
        NewOutboundMessage report = bounce;
        OutboundClaim bounceClaim = store.transaction(tx -> {
            tx.outbound().complete(claim.token(), updates, now);
            return report == null ? null : tx.outbound().enqueue(report, now, lease);
        });
        if (bounceClaim != null) {
            record(bounceClaim, local.deliver(bounceClaim.message(), bounceClaim.recipients()));
        }
    }
}
