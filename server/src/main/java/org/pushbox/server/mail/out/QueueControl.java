package org.pushbox.server.mail.out;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pushbox.storage.api.LeaseHeldException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundRecipient;

/**
 * What an operator does to the outbound queue ({@code pushbox queue}), from any process that can open the
 * store: make waiting recipients due now, or give up on a message, silently ({@link #delete}) or with a
 * bounce to its sender ({@link #bounce}), like Exim's {@code -Mrm} and {@code -Mg}.
 *
 * <p>Giving up goes through the queue's leases: the message's pending recipients are claimed whole first,
 * so a recipient a relay transfer holds is never changed under it; the operator is told to try again
 * instead ({@link LeaseHeldException}). Nothing here sends or delivers: a bounce is queued for the sender's
 * Inbox and delivered by the relay thread of the running server at its next round, so that it wakes the
 * sender's Pings there.
 */
public final class QueueControl {

    /**
     * How long giving up holds a message. Only the time to build a bounce is needed; if the command dies
     * meanwhile, the message is free again after this.
     */
    static final Duration HOLD = Duration.ofMinutes(2);
    static final String DELETED = "deleted by the operator (pushbox queue delete), no bounce";
    static final String BOUNCED = "bounced by the operator (pushbox queue bounce)";
    /** The bounce's reply line: a permanent failure, with the status of an unspecified one. */
    static final String BOUNCE_REPLY = "554 5.0.0 delivery cancelled by the mail administrator";

    private final MailboxStore store;
    private final String host;
    private final Clock clock;

    /**
     * @param host the server's name for MAILER-DAEMON in bounces ({@code relay.helo})
     */
    public QueueControl(MailboxStore store, String host, Clock clock) {
        this.store = store;
        this.host = host;
        this.clock = clock;
    }

    /** The longest a recipient made due waits for the running server's relay thread (its poll). */
    public static Duration pollInterval() {
        return RelayRunner.POLL;
    }

    /** What giving up on a message did. */
    public record GaveUp(OutboundMessage message, List<OutboundRecipient> recipients, boolean bounced) {
    }

    /**
     * Makes the pending recipients of one message, or of all ({@code messageId} null), due now; those a
     * transfer holds are left to it. Returns how many became due earlier.
     */
    public int retry(Long messageId) {
        return store.outbound().retryNow(messageId, clock.instant());
    }

    /**
     * Fails the message's pending recipients without telling the sender.
     *
     * @return empty when the message is unknown or has nothing pending
     * @throws LeaseHeldException when a transfer holds one of them; nothing changed
     */
    public Optional<GaveUp> delete(long messageId) {
        Instant now = clock.instant();
        return store.transaction(tx -> tx.outbound().claimMessage(messageId, now, HOLD).map(claim -> {
            tx.outbound().giveUp(claim.token(), DELETED, now);
            return new GaveUp(claim.message(), claim.recipients(), false);
        }));
    }

    /**
     * Fails the message's pending recipients and queues one bounce listing them for the sender's Inbox,
     * committed together. A bounce is never bounced: a message with the null sender is only given up.
     *
     * @return empty when the message is unknown or has nothing pending
     * @throws LeaseHeldException when a transfer holds one of them; nothing changed
     * @throws IOException when the original cannot be read for the bounce; nothing changed
     */
    public Optional<GaveUp> bounce(long messageId) throws IOException {
        Instant now = clock.instant();
        Optional<OutboundClaim> claimed = store.outbound().claimMessage(messageId, now, HOLD);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        OutboundClaim claim = claimed.get();
        try {
            OutboundMessage message = claim.message();
            NewOutboundMessage report = message.envelopeFrom().isEmpty() ? null
                    : Bounce.toSender(store, message, claim.recipients().stream().map(QueueControl::failure).toList(),
                            host, now);
            store.transaction(tx -> {
                tx.outbound().giveUp(claim.token(), BOUNCED, now);
                if (report != null) {
                    // Queued claimed for its local recipient; given back at once for the server's relay thread.
                    tx.outbound().release(tx.outbound().enqueue(report, now, HOLD).token());
                }
                return null;
            });
            return Optional.of(new GaveUp(message, claim.recipients(), report != null));
        } catch (IOException | RuntimeException e) {
            store.outbound().release(claim.token()); // back as it was: due when it was due
            throw e;
        }
    }

    private static Bounce.Failure failure(OutboundRecipient r) {
        return new Bounce.Failure(r.address(), r.lastError() == null ? BOUNCE_REPLY
                : BOUNCE_REPLY + "; last reply: " + r.lastError(), false);
    }
}
