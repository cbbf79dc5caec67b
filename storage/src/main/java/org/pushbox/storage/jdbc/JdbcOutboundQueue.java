package org.pushbox.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.LeaseHeldException;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundEntry;
import org.pushbox.storage.api.OutboundFilter;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundQueue;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.RecipientUpdate;

/** The outbound queue on {@code outbound_message} and {@code outbound_recipient} (V4). */
final class JdbcOutboundQueue implements OutboundQueue {

    /** last_error is VARCHAR(1000); a relay's multi-line reply can be longer. */
    static final int MAX_ERROR = 1000;

    private static final String MESSAGE = "SELECT id, account_id, client_id, envelope_from, blob_id, byte_size, "
            + "created_at, finished_at FROM outbound_message ";
    private static final String RECIPIENT = "SELECT id, message_id, address, local_delivery, state, attempts, "
            + "next_attempt_at, last_error FROM outbound_recipient ";
    /** Claimable: pending, due, and not held by a live lease. Parameters: now, now. */
    private static final String CLAIMABLE = "state = 0 AND next_attempt_at <= ? "
            + "AND (lease_until IS NULL OR lease_until < ?)";

    private final Connection c;
    private final JdbcTransaction tx;

    JdbcOutboundQueue(JdbcTransaction tx) {
        this.tx = tx;
        this.c = tx.connection();
    }

    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    @Override
    public OutboundClaim enqueue(NewOutboundMessage m, Instant now, Duration lease) {
        Instant at = micros(now);
        long id;
        try {
            id = Sql.insert(c, "INSERT INTO outbound_message (account_id, client_id, envelope_from, blob_id, byte_size, "
                    + "created_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, NULL)", m.accountId(), m.clientId(),
                    m.envelopeFrom(), m.mime().value(), m.size(), at);
        } catch (Sql.SqlFailure e) {
            if (tx.dialect().isDuplicateKey(e.sqlException())) {
                throw new ConflictException("account " + m.accountId() + " already sent client id " + m.clientId());
            }
            throw e;
        }
        String token = newToken();
        Instant until = micros(now.plus(lease));
        List<Object[]> rows = new ArrayList<>();
        for (NewOutboundMessage.Recipient r : m.recipients()) {
            rows.add(new Object[] {id, r.address(), r.local(), at, r.local() ? token : null, r.local() ? until : null,
                    at});
        }
        Sql.batch(c, "INSERT INTO outbound_recipient (message_id, address, local_delivery, state, attempts, "
                + "next_attempt_at, lease_token, lease_until, last_error, updated_at) "
                + "VALUES (?, ?, ?, 0, 0, ?, ?, ?, NULL, ?)", rows);
        OutboundMessage message = new OutboundMessage(id, m.accountId(), m.clientId(), m.envelopeFrom(), m.mime(),
                m.size(), at, null);
        return new OutboundClaim(token, until, message, held(token));
    }

    @Override
    public Optional<OutboundMessage> findByClientId(long accountId, String clientId) {
        return Sql.one(c, MESSAGE + "WHERE account_id = ? AND client_id = ?", JdbcOutboundQueue::message, accountId,
                clientId);
    }

    @Override
    public Optional<OutboundMessage> get(long messageId) {
        return Sql.one(c, MESSAGE + "WHERE id = ?", JdbcOutboundQueue::message, messageId);
    }

    @Override
    public List<OutboundRecipient> recipients(long messageId) {
        return Sql.list(c, RECIPIENT + "WHERE message_id = ? ORDER BY id", JdbcOutboundQueue::recipient, messageId);
    }

    /**
     * Picks candidate messages with a plain read, then claims their rows with one UPDATE that repeats the
     * claimable condition: the UPDATE locks each row and re-checks it, so of two processes racing for a
     * row exactly one changes it; the loser's UPDATE matches nothing and it reads back only its own token.
     */
    @Override
    public List<OutboundClaim> claimDue(Instant now, Duration lease, int maxMessages) {
        Instant at = micros(now);
        List<Long> messages = Sql.list(c, "SELECT DISTINCT message_id FROM outbound_recipient WHERE " + CLAIMABLE
                + " ORDER BY message_id LIMIT ?", rs -> rs.getLong(1), at, at, maxMessages);
        if (messages.isEmpty()) {
            return List.of();
        }
        String token = newToken();
        Instant until = micros(now.plus(lease));
        List<Object> args = new ArrayList<>(List.of(token, until, at, at));
        args.addAll(messages);
        int claimed = Sql.update(c, "UPDATE outbound_recipient SET lease_token = ?, lease_until = ? WHERE " + CLAIMABLE
                + " AND message_id IN (" + Sql.marks(messages.size()) + ")", args.toArray());
        if (claimed == 0) {
            return List.of();
        }
        Map<Long, List<OutboundRecipient>> byMessage = new LinkedHashMap<>();
        for (OutboundRecipient r : held(token)) {
            byMessage.computeIfAbsent(r.messageId(), k -> new ArrayList<>()).add(r);
        }
        List<OutboundClaim> claims = new ArrayList<>();
        for (Map.Entry<Long, List<OutboundRecipient>> e : byMessage.entrySet()) {
            OutboundMessage message = get(e.getKey()).orElseThrow();
            claims.add(new OutboundClaim(token, until, message, e.getValue()));
        }
        return claims;
    }

    private List<OutboundRecipient> held(String token) {
        return Sql.list(c, RECIPIENT + "WHERE lease_token = ? AND state = 0 ORDER BY message_id, id",
                JdbcOutboundQueue::recipient, token);
    }

    @Override
    public int complete(String leaseToken, List<RecipientUpdate> updates, Instant now) {
        Instant at = micros(now);
        int changed = 0;
        List<Long> messages = new ArrayList<>();
        for (RecipientUpdate u : updates) {
            Optional<Long> message = Sql.one(c, "SELECT message_id FROM outbound_recipient WHERE id = ? "
                    + "AND lease_token = ? AND state = 0", rs -> rs.getLong(1), u.recipientId(), leaseToken);
            if (message.isEmpty()) {
                continue; // lease lost (expired and taken by another sender) or already final
            }
            changed += Sql.update(c, "UPDATE outbound_recipient SET state = ?, attempts = attempts + 1, "
                    + "next_attempt_at = ?, last_error = ?, lease_token = NULL, lease_until = NULL, updated_at = ? "
                    + "WHERE id = ? AND lease_token = ?", u.state().code(),
                    u.state() == State.PENDING ? micros(u.nextAttempt()) : at, truncate(u.error()), at,
                    u.recipientId(), leaseToken);
            if (!messages.contains(message.get())) {
                messages.add(message.get());
            }
        }
        finishIfDone(messages, at);
        return changed;
    }

    /**
     * A message is finished once no recipient is pending: its blob is released to the collector. The message
     * row is locked first: two transactions settling different recipients of one message at once (the local
     * ones on the submitting thread, the remote ones on the relay thread) would otherwise each still see the
     * other's recipient pending, and neither would finish it. Locked so, the second waits for the first and
     * then sees its commit. In id order, so that two of them never wait for each other.
     */
    private void finishIfDone(List<Long> messages, Instant at) {
        for (long message : messages.stream().sorted().toList()) {
            Sql.one(c, "SELECT id FROM outbound_message WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), message);
            Sql.update(c, "UPDATE outbound_message SET finished_at = ?, blob_id = NULL WHERE id = ? "
                    + "AND finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbound_recipient r "
                    + "WHERE r.message_id = ? AND r.state = 0)", at, message, message);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 3) + "...";
    }

    @Override
    public int renew(String leaseToken, Instant until) {
        return Sql.update(c, "UPDATE outbound_recipient SET lease_until = ? WHERE lease_token = ? AND state = 0",
                micros(until), leaseToken);
    }

    @Override
    public int release(String leaseToken) {
        return Sql.update(c, "UPDATE outbound_recipient SET lease_token = NULL, lease_until = NULL "
                + "WHERE lease_token = ? AND state = 0", leaseToken);
    }

    @Override
    public int purgeFinished(Instant finishedBefore) {
        return Sql.update(c, "DELETE FROM outbound_message WHERE finished_at IS NOT NULL AND finished_at < ?",
                micros(finishedBefore));
    }

    @Override
    public List<OutboundEntry> list(OutboundFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.account_id, m.client_id, m.envelope_from, m.blob_id, "
                + "m.byte_size, m.created_at, m.finished_at, r.id AS recipient_id, r.message_id, r.address, "
                + "r.local_delivery, r.state, r.attempts, r.next_attempt_at, r.last_error, r.lease_until "
                + "FROM outbound_recipient r JOIN outbound_message m ON m.id = r.message_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.pendingOnly()) {
            sql.append(" AND r.state = 0");
        }
        if (filter.accountId() != null) {
            sql.append(" AND m.account_id = ?");
            args.add(filter.accountId());
        }
        if (filter.messageId() != null) {
            sql.append(" AND m.id = ?");
            args.add(filter.messageId());
        }
        sql.append(" ORDER BY m.id, r.id LIMIT ?");
        args.add(filter.limit());
        return Sql.list(c, sql.toString(), rs -> new OutboundEntry(message(rs), recipient(rs, "recipient_id"),
                Sql.instant(rs, "lease_until")), args.toArray());
    }

    @Override
    public int retryNow(Long messageId, Instant now) {
        Instant at = micros(now);
        String sql = "UPDATE outbound_recipient SET next_attempt_at = ?, updated_at = ? WHERE state = 0 "
                + "AND next_attempt_at > ? AND (lease_until IS NULL OR lease_until < ?)";
        return messageId == null ? Sql.update(c, sql, at, at, at, at)
                : Sql.update(c, sql + " AND message_id = ?", at, at, at, at, messageId);
    }

    /**
     * Claims with the same conditional UPDATE as {@link #claimDue}, without its due condition; a pending row
     * it did not match is held by a live lease, and then the rows it did match are given back.
     */
    @Override
    public Optional<OutboundClaim> claimMessage(long messageId, Instant now, Duration lease) {
        Instant at = micros(now);
        String token = newToken();
        Instant until = micros(now.plus(lease));
        int claimed = Sql.update(c, "UPDATE outbound_recipient SET lease_token = ?, lease_until = ? "
                + "WHERE message_id = ? AND state = 0 AND (lease_until IS NULL OR lease_until < ?)", token, until,
                messageId, at);
        Optional<Instant> held = Sql.list(c, "SELECT lease_until FROM outbound_recipient WHERE message_id = ? "
                + "AND state = 0 AND (lease_token IS NULL OR lease_token <> ?) ORDER BY lease_until DESC",
                rs -> Sql.instant(rs, "lease_until"), messageId, token).stream().filter(Objects::nonNull).findFirst();
        if (held.isPresent()) {
            release(token);
            throw new LeaseHeldException("message " + messageId + " is being sent right now (held until "
                    + held.get() + ")", held.get());
        }
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(new OutboundClaim(token, until, get(messageId).orElseThrow(), held(token)));
    }

    @Override
    public int giveUp(String leaseToken, String reason, Instant now) {
        Instant at = micros(now);
        List<OutboundRecipient> held = held(leaseToken);
        List<Object[]> rows = new ArrayList<>();
        List<Long> messages = new ArrayList<>();
        for (OutboundRecipient r : held) {
            String error = r.lastError() == null ? reason : reason + "; last reply: " + r.lastError();
            rows.add(new Object[] {truncate(error), at, r.id(), leaseToken});
            if (!messages.contains(r.messageId())) {
                messages.add(r.messageId());
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Sql.batch(c, "UPDATE outbound_recipient SET state = 2, last_error = ?, lease_token = NULL, "
                + "lease_until = NULL, updated_at = ? WHERE id = ? AND lease_token = ? AND state = 0", rows);
        finishIfDone(messages, at);
        return rows.size();
    }

    private static OutboundMessage message(ResultSet rs) throws SQLException {
        Long blob = Sql.nullableLong(rs, "blob_id");
        return new OutboundMessage(rs.getLong("id"), rs.getLong("account_id"), rs.getString("client_id"),
                rs.getString("envelope_from"), blob == null ? null : new BlobId(blob), rs.getLong("byte_size"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "finished_at"));
    }

    private static OutboundRecipient recipient(ResultSet rs) throws SQLException {
        return recipient(rs, "id");
    }

    private static OutboundRecipient recipient(ResultSet rs, String idColumn) throws SQLException {
        return new OutboundRecipient(rs.getLong(idColumn), rs.getLong("message_id"), rs.getString("address"),
                rs.getInt("local_delivery") == 1, State.of(rs.getInt("state")), rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"), rs.getString("last_error"));
    }
}
