package org.pushbox.storage.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of mail leaving the server (docs/mail-out.md): a message, its MIME blob and one row
 * per envelope recipient, each pending until it is sent or has failed.
 *
 * <p>Work is handed out by <b>leases</b>: {@link #claimDue} marks due recipients with a fresh token and an
 * expiry in one conditional update, so two processes on one database never hold the same recipient.
 * Whoever holds a token reports with {@link #complete}; rows whose lease expired and was taken by someone
 * else meanwhile are not touched. A holder that dies simply lets its lease run out. All times are the
 * caller's clock, so the queue can be driven by a test clock.
 */
public interface OutboundQueue {

    /**
     * Stores the message and its recipients, pending and due at {@code now}. The local recipients are
     * claimed at once for the caller (who delivers them straight away) under the returned claim's token,
     * for {@code lease}; the others wait for {@link #claimDue}.
     *
     * @throws ConflictException when the account already queued a message with the same client id
     */
    OutboundClaim enqueue(NewOutboundMessage message, Instant now, Duration lease);

    /** The account's message with this client id, finished or not, as long as it is kept. */
    Optional<OutboundMessage> findByClientId(long accountId, String clientId);

    Optional<OutboundMessage> get(long messageId);

    /** Every recipient of the message, in the order they were queued. */
    List<OutboundRecipient> recipients(long messageId);

    /**
     * Claims the due, unleased (or lease-expired) pending recipients of at most {@code maxMessages}
     * messages, oldest message first; one claim per message, all under one new token.
     */
    List<OutboundClaim> claimDue(Instant now, Duration lease, int maxMessages);

    /**
     * Records what happened to recipients claimed under {@code leaseToken} and releases their lease; a
     * recipient no longer held under that token is skipped. Each update counts one attempt. A message
     * left with no pending recipient is finished: its blob is released. Returns how many rows changed.
     */
    int complete(String leaseToken, List<RecipientUpdate> updates, Instant now);

    /** Extends the lease of the pending recipients held under {@code leaseToken} to {@code until}. */
    int renew(String leaseToken, Instant until);

    /** Gives the pending recipients held under {@code leaseToken} back, due as they were. */
    int release(String leaseToken);

    /** Deletes finished messages (and their recipients) finished before {@code finishedBefore}. */
    int purgeFinished(Instant finishedBefore);

    /** The recipients the filter selects, in queue order: by message, then as they were queued. */
    @ReadOnly
    List<OutboundEntry> list(OutboundFilter filter);

    /**
     * Makes the pending recipients of one message ({@code messageId}), or of every message (null), due at
     * {@code now}. Recipients a sender holds are left alone: their transfer decides their next attempt.
     * Attempts so far and the give-up time (counted from the message's submission) stay as they are.
     * Returns how many became due earlier than they were.
     */
    int retryNow(Long messageId, Instant now);

    /**
     * Claims every pending recipient of the message, due or not, for {@code lease}: all of them or none, so
     * that an operator's decision covers the whole message. Report with {@link #complete} or
     * {@link #giveUp}, or {@link #release} the claim.
     *
     * @return empty when the message is unknown or has nothing pending
     * @throws LeaseHeldException when a sender holds one of them (a transfer may be under way); nothing
     *     is claimed then
     */
    Optional<OutboundClaim> claimMessage(long messageId, Instant now, Duration lease);

    /**
     * Fails the pending recipients held under {@code leaseToken} because an operator gave up on them, without
     * counting an attempt: their last error becomes {@code reason} followed by the one they had. Their
     * messages are finished as by {@link #complete}. Returns how many rows changed.
     */
    int giveUp(String leaseToken, String reason, Instant now);
}
