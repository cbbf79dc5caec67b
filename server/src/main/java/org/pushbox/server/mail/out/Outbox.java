package org.pushbox.server.mail.out;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.out.SubmitException.Reason;
import org.pushbox.server.mail.out.smtp.RelayTls;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.Logins;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MailSubmitter} of a running server (docs/mail-out.md). {@code submit} checks the envelope,
 * stores the MIME once, and commits the message with every recipient to the outbound queue in one
 * transaction; then it delivers the local recipients into their Inboxes on the caller's thread and wakes
 * the relay thread for the rest. Anything not finished by then (a local delivery that failed, a relay
 * that is down, a crash) is finished later from the queue, also after a restart.
 *
 * <p>One per running server: {@link #start} it with the server, {@link #close} it before the store.
 */
public final class Outbox implements MailSubmitter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** More envelope recipients than this in one message is not a person writing mail. */
    public static final int MAX_RECIPIENTS = 500;
    /** outbound_message.client_id is VARCHAR(255); a longer ClientId is kept as its hash. */
    static final int MAX_CLIENT_ID = 255;

    private final MailboxStore store;
    private final RelaySettings settings;
    private final Clock clock;
    private final Duration lease;
    private final LocalDeliverer local;
    private final Settlement settlement;
    private final RelayRunner runner;

    private Outbox(MailboxStore store, MailDelivery delivery, RelaySettings settings, Clock clock, Duration poll) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.lease = RelayRunner.leaseFor(settings);
        this.local = new LocalDeliverer(store, delivery);
        this.settlement = new Settlement(store, local, Backoff.of(settings), settings.helo(), clock, lease);
        this.runner = new RelayRunner(store, settings, tlsFactory(settings), local, settlement, clock, lease, poll);
    }

    /**
     * Starts the outbox: the relay thread begins at once with any work an earlier run left in the queue.
     *
     * @throws IOException when {@code relay.tls-trust} cannot be read
     */
    public static Outbox start(MailboxStore store, MailDelivery delivery, RelaySettings settings, Clock clock)
            throws IOException {
        return start(store, delivery, settings, clock, RelayRunner.POLL);
    }

    /** As {@link #start(MailboxStore, MailDelivery, RelaySettings, Clock)}, with rounds {@code poll} apart (tests). */
    static Outbox start(MailboxStore store, MailDelivery delivery, RelaySettings settings, Clock clock, Duration poll)
            throws IOException {
        if (settings.trustFile().isPresent()) {
            RelayTls.socketFactory(settings.trustFile()); // a bad trust file stops the server at start, not later
        }
        Outbox outbox = new Outbox(store, delivery, settings, clock, poll);
        outbox.runner.start();
        return outbox;
    }

    /** The TLS factory, built when first needed and kept: a relay without TLS never needs one. */
    private static java.util.function.Supplier<SSLSocketFactory> tlsFactory(RelaySettings settings) {
        return new java.util.function.Supplier<>() {
            private SSLSocketFactory factory;

            @Override
            public synchronized SSLSocketFactory get() {
                if (factory == null) {
                    try {
                        factory = RelayTls.socketFactory(settings.trustFile());
                    } catch (IOException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                return factory;
            }
        };
    }

    @Override
    public SubmitResult submit(OutgoingMessage message) throws SubmitException {
        try {
            return accept(message);
        } catch (StoreException e) {
            LOG.warn("cannot queue a message of account {}: {}", message.accountId(), e.toString());
            throw new SubmitException(Reason.STORAGE_FAILED, "the mailbox store failed: " + e.getMessage(), e);
        }
    }

    private SubmitResult accept(OutgoingMessage message) throws SubmitException {
        Account account = store.accounts().get(message.accountId()).filter(Account::enabled)
                .orElseThrow(() -> new SubmitException(Reason.SENDER_NOT_ALLOWED, "the account is unknown or disabled"));
        String from = message.envelopeFrom().strip();
        String fromKey = Logins.normalise(from);
        if (!MailAddresses.isValid(from) || account.addresses().stream()
                .noneMatch(a -> Logins.normalise(a).equals(fromKey))) {
            throw new SubmitException(Reason.SENDER_NOT_ALLOWED, "<" + from + "> is not an address of this account");
        }
        List<String> recipients = recipients(message.recipients());
        if (message.mime().length > settings.maxMessageBytes()) {
            throw new SubmitException(Reason.TOO_LARGE, "the message has " + message.mime().length
                    + " bytes, more than the " + settings.maxMessageBytes() + " allowed (mail.out.max-size)");
        }
        String clientId = clientKey(message.clientId());
        if (clientId != null) {
            Optional<OutboundMessage> earlier = store.outbound().findByClientId(account.id(), clientId);
            if (earlier.isPresent()) {
                return new SubmitResult(SubmitResult.Outcome.DUPLICATE_CLIENT_ID, earlier.get().id());
            }
        }
        List<NewOutboundMessage.Recipient> routed = new ArrayList<>();
        boolean remote = false;
        for (String r : recipients) {
            boolean isLocal = store.accounts().findByAddress(r).isPresent();
            remote |= !isLocal;
            routed.add(new NewOutboundMessage.Recipient(r, isLocal));
        }
        if (remote && !settings.enabled()) {
            throw new SubmitException(Reason.NO_RELAY, "no relay is configured (relay.host) and a recipient is not local");
        }
        BlobId blob;
        try {
            blob = store.blobs().put(new ByteArrayInputStream(message.mime())).id();
        } catch (IOException e) {
            throw new StoreException("cannot store the message: " + e.getMessage(), e);
        }
        NewOutboundMessage queued = new NewOutboundMessage(account.id(), clientId, from, blob, message.mime().length,
                routed);
        OutboundClaim localPart;
        try {
            localPart = store.transaction(tx -> tx.outbound().enqueue(queued, clock.instant(), lease));
        } catch (ConflictException e) {   // the same ClientId committed by a concurrent request
            long earlier = store.outbound().findByClientId(account.id(), clientId).map(OutboundMessage::id)
                    .orElseThrow(() -> e);
            return new SubmitResult(SubmitResult.Outcome.DUPLICATE_CLIENT_ID, earlier);
        }
        LOG.info("outbound message {} from <{}> queued for {} recipient(s), {} bytes", localPart.message().id(), from,
                recipients.size(), message.mime().length);
        if (!localPart.recipients().isEmpty()) {
            deliverLocally(localPart);
        }
        if (remote) {
            runner.wake();
        }
        return new SubmitResult(SubmitResult.Outcome.ACCEPTED, localPart.message().id());
    }

    /** Committed already: a failure here is logged and left to the queue (the lease runs out, it is retried). */
    private void deliverLocally(OutboundClaim claim) {
        try {
            settlement.record(claim, local.deliver(claim.message(), claim.recipients()));
        } catch (RuntimeException e) {
            LOG.warn("local delivery of outbound message {} failed, the queue retries it: {}", claim.message().id(),
                    e.toString());
        }
    }

    /** Valid, at least one, at most {@link #MAX_RECIPIENTS}, each address once (compared case-insensitively). */
    private static List<String> recipients(List<String> given) throws SubmitException {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String raw : given) {
            String r = raw == null ? "" : raw.strip();
            if (!MailAddresses.isValid(r)) {
                throw new SubmitException(Reason.INVALID_RECIPIENT, "not a valid recipient address: '" + raw + "'");
            }
            unique.putIfAbsent(Logins.normalise(r), r);
        }
        if (unique.isEmpty()) {
            throw new SubmitException(Reason.INVALID_RECIPIENT, "the message has no recipient");
        }
        if (unique.size() > MAX_RECIPIENTS) {
            throw new SubmitException(Reason.INVALID_RECIPIENT, "more than " + MAX_RECIPIENTS + " recipients");
        }
        return List.copyOf(unique.values());
    }

    /** The ClientId as stored: itself, or a hash of it when it is longer than the column. */
    static String clientKey(String clientId) {
        if (clientId == null || clientId.length() <= MAX_CLIENT_ID) {
            return clientId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a queue round now (tests; the relay thread also runs one every few seconds). */
    void wake() {
        runner.wake();
    }

    /** Stops the relay thread; queued work stays in the store for the next start. */
    @Override
    public void close() {
        runner.close();
    }
}
