package org.pushbox.server.mail.out;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.mail.out.smtp.SmtpConnection;
import org.pushbox.server.mail.out.smtp.SmtpSessionException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.OutboundClaim;
import org.pushbox.storage.api.OutboundRecipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the queue on one thread of its own ({@code pushbox-relay}, never an event loop): every
 * {@link #POLL} and whenever {@link #wake()} is called, it claims due recipients one message at a time,
 * delivers local ones, sends remote ones through one relay session kept open for the whole round, and
 * settles the results. When the relay cannot be reached the round ends after that one message, so an
 * outage costs one connection attempt per round, not one per queued message.
 *
 * <p>Leases: a claim is held for {@code connect timeout + 2 x timeout + 1 min} and renewed before any SMTP
 * command once less than a timeout is left, so a slow but live transfer never loses its claim, and a
 * crashed process's claims come free within one lease.
 */
final class RelayRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelayRunner.class);
    /**
     * Between two rounds. Rounds are polled, never timed to the next due recipient, so work made due by
     * another process ({@code pushbox queue retry}, a second server) is taken up within this much.
     */
    static final Duration POLL = Duration.ofSeconds(15);
    /** Finished messages are kept this long so that a repeated ClientId is still recognised. */
    static final Duration KEEP_FINISHED = Duration.ofDays(7);
    static final Duration PURGE_EVERY = Duration.ofHours(1);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final MailboxStore store;
    private final RelaySettings settings;
    private final Supplier<SSLSocketFactory> tls;
    private final LocalDeliverer local;
    private final RelayTransfer transfer;
    private final Settlement settlement;
    private final Clock clock;
    private final Duration lease;
    private final Duration poll;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile SmtpConnection session;
    /** The lease of the claim being sent, renewed from the SMTP session's command hook. */
    private volatile LeaseKeeper current;
    private Instant nextPurge = Instant.MIN;

    RelayRunner(MailboxStore store, RelaySettings settings, Supplier<SSLSocketFactory> tls, LocalDeliverer local,
            Settlement settlement, Clock clock, Duration lease, Duration poll) {
        this.store = store;
        this.settings = settings;
        this.tls = tls;
        this.local = local;
        this.transfer = new RelayTransfer(store);
        this.settlement = settlement;
        this.clock = clock;
        this.lease = lease;
        this.poll = poll;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "pushbox-relay");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        this.thread = executor;
    }

    static Duration leaseFor(RelaySettings settings) {
        return settings.connectTimeout().plus(settings.timeout().multipliedBy(2)).plusMinutes(1);
    }

    /** Starts the periodic rounds; the first runs at once (work left by an earlier run resumes). */
    void start() {
        thread.scheduleWithFixedDelay(this::round, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a round now (new work was queued); rounds never overlap, requests made during one coalesce. */
    void wake() {
        if (stopping || !wakePending.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                wakePending.set(false);
                round();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            wakePending.set(false); // stopping; the next start resumes the queue
        }
    }

    /** One pass over the due work; never throws, so the periodic schedule survives any failure. */
    void round() {
        try {
            work();
            purge();
        } catch (RuntimeException e) {
            LOG.warn("outbound queue round failed, trying again in {}: {}", poll, e.toString());
        } finally {
            SmtpConnection s = session;
            session = null;
            if (s != null) {
                s.quit();
            }
        }
    }

    private void work() {
        while (!stopping) {
            List<OutboundClaim> claims = store.outbound().claimDue(clock.instant(), lease, 1);
            if (claims.isEmpty()) {
                return;
            }
            if (!process(claims.get(0))) {
                return;
            }
        }
    }

    /** Handles one claim; false when the relay is unreachable and the round should end. */
    private boolean process(OutboundClaim claim) {
        List<OutboundRecipient> locals = claim.recipients().stream().filter(OutboundRecipient::local).toList();
        List<OutboundRecipient> remotes = claim.recipients().stream().filter(r -> !r.local()).toList();
        List<Attempt> attempts = new ArrayList<>(local.deliver(claim.message(), locals));
        boolean relayUp = true;
        if (!remotes.isEmpty()) {
            current = new LeaseKeeper(claim);
            try {
                attempts.addAll(transfer.send(session(), claim.message(), remotes));
            } catch (IOException | SmtpSessionException e) {
                relayUp = false;
                String why = e instanceof SmtpSessionException ? "4.7.0 " + e.getMessage()
                        : "4.4.1 relay " + settings.host().orElse("(none)") + ":" + settings.port() + " unreachable or "
                                + "the connection broke: " + e;
                LOG.warn("outbound message {}: {}", claim.message().id(), why);
                remotes.forEach(r -> attempts.add(Attempt.transientFailure(r, why)));
                SmtpConnection broken = session;
                session = null;
                if (broken != null) {
                    broken.close();
                }
            } catch (LeaseLostException e) {
                LOG.warn("outbound message {}: its claim ran out during the transfer and another sender has it; "
                        + "this transfer is abandoned", claim.message().id());
                SmtpConnection abandoned = session;
                session = null;
                if (abandoned != null) {
                    abandoned.close();
                }
                return true; // nothing to settle: the rows are no longer ours
            } catch (NoRelayException e) {
                remotes.forEach(r -> attempts.add(Attempt.transientFailure(r,
                        "4.3.5 no relay configured (relay.host); waiting for one")));
            } finally {
                current = null;
            }
        }
        settlement.record(claim, attempts);
        return relayUp;
    }

    /** The round's relay session, opened on first use. */
    private SmtpConnection session() throws IOException, SmtpSessionException, NoRelayException {
        if (!settings.enabled()) {
            throw new NoRelayException();
        }
        SmtpConnection s = session;
        if (s == null || !s.isUsable()) {
            if (s != null) {
                s.close();
            }
            s = SmtpConnection.open(settings, settings.security() == RelaySettings.Security.NONE ? null : tls.get(),
                    this::keepLease);
            session = s;
        }
        return s;
    }

    private void keepLease() {
        LeaseKeeper k = current;
        if (k != null) {
            k.renewIfDue();
        }
    }

    /** Extends the claim's lease when less than one reply timeout (plus a margin) of it is left. */
    private final class LeaseKeeper {
        private final OutboundClaim claim;
        private Instant until;

        LeaseKeeper(OutboundClaim claim) {
            this.claim = claim;
            this.until = claim.leaseUntil();
        }

        void renewIfDue() {
            Instant now = clock.instant();
            if (now.plus(settings.timeout()).plusSeconds(30).isAfter(until)) {
                until = now.plus(lease);
                if (store.outbound().renew(claim.token(), until) == 0) {
                    // Expired and taken by another sender: stop before sending what it now sends.
                    throw new LeaseLostException();
                }
            }
        }
    }

    private void purge() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_EVERY);
        int purged = store.outbound().purgeFinished(now.minus(KEEP_FINISHED));
        if (purged > 0) {
            LOG.info("outbound queue: forgot {} message(s) finished more than {} ago", purged, KEEP_FINISHED);
        }
    }

    /** Stops the rounds: the one running may finish within {@link #STOP_GRACE}, else its session is cut. */
    @Override
    public void close() {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                SmtpConnection s = session;
                if (s != null) {
                    s.close(); // the transfer fails with an IOException and is settled as "try again"
                }
                thread.shutdownNow();
                thread.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown from the SMTP command hook to abandon a transfer whose rows another sender holds now. */
    private static final class LeaseLostException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final class NoRelayException extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
