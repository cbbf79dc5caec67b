package org.pushbox.server.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pushbox.server.mail.mime.MailParser;
import org.pushbox.server.mail.mime.ParsedMail;
import org.pushbox.server.pim.imip.ImipDelivery;
import org.pushbox.server.pim.imip.ItipMessage;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts one received message into the Inbox of each recipient account: parse once, store the MIME blob once
 * (shared by all recipients), then one transaction for all recipients (one commit, one log flush); should
 * that fail, one transaction per recipient, so one account's failure does not undo another's delivery. The
 * store's commit listener then wakes the recipients' held Pings.
 *
 * <p>Blocking (file, parsing, JDBC): call it on the worker pool, never on an event loop.
 *
 * <p><b>Retries do not duplicate.</b> If the process dies (or the connection drops) after a commit but
 * before the MTA read our 250, the MTA sends the same message again. Blobs are content-addressed, so the
 * retry yields the same blob id; a delivery finds the Inbox already holding an item with that MIME blob,
 * received within {@link #DEFAULT_RETRY_WINDOW}, and reports success without adding a second item. A
 * byte-identical message is a retry in practice: upstream Received headers and queue ids differ otherwise.
 * That check is one index lookup by MIME blob, so it costs the same however full the Inbox is, and it holds
 * across restarts and across server processes sharing one database.
 */
public final class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    /** Covers an MTA's first retries after a lost reply (Postfix: 5 minutes, then up to about an hour). */
    public static final Duration DEFAULT_RETRY_WINDOW = Duration.ofHours(2);

    /** What happened for one recipient account. */
    public enum Outcome {
        DELIVERED,
        /** The same message arrived before, within the retry window: nothing added, reported as delivered. */
        ALREADY_DELIVERED,
        /** The account or its Inbox no longer exists. */
        NO_MAILBOX,
        /** Storage failed; the MTA should try again later. */
        FAILED
    }

    private final MailboxStore store;
    private final MailParser parser;
    private final Clock clock;
    private final Duration retryWindow;
    private final ImipDelivery meetings = new ImipDelivery();

    public MailDelivery(MailboxStore store, Clock clock) {
        this(store, new MailParser(), clock, DEFAULT_RETRY_WINDOW);
    }

    MailDelivery(MailboxStore store, MailParser parser, Clock clock, Duration retryWindow) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
        this.retryWindow = retryWindow;
    }

    /**
     * Delivers the message in {@code message} (the bytes as received) to every account in {@code recipients}.
     * Returns an outcome per account id, in the order given. An unreadable file or a failed blob write
     * fails every recipient.
     */
    public Map<Long, Outcome> deliver(Path message, List<Account> recipients) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Instant received = clock.instant();
        ParsedMail parsed;
        BlobId blob;
        Optional<ItipMessage> meeting;
        try {
            parsed = parse(message, received);
            meeting = meetings.read(() -> Files.newInputStream(message), parsed.attachments());
            try (InputStream in = Files.newInputStream(message)) {
                blob = store.blobs().put(in).id();
            }
        } catch (IOException | StoreException e) {
            LOG.warn("cannot store a received message, the MTA will retry: {}", e.toString());
            recipients.forEach(a -> outcomes.put(a.id(), Outcome.FAILED));
            return outcomes;
        }
        return deliverAll(recipients, parsed, meeting, blob, received);
    }

    /**
     * Delivers a message already in the blob store (mail sent by a local account, a bounce) to every
     * account in {@code recipients}, sharing {@code stored}; same outcomes and retry rule as above.
     */
    public Map<Long, Outcome> deliver(BlobId stored, List<Account> recipients) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Instant received = clock.instant();
        ParsedMail parsed;
        Optional<ItipMessage> meeting;
        try {
            parsed = parse(() -> store.blobs().open(stored), received);
            meeting = meetings.read(() -> store.blobs().open(stored), parsed.attachments());
        } catch (IOException | StoreException e) {
            LOG.warn("cannot read a stored message, delivery will be retried: {}", e.toString());
            recipients.forEach(a -> outcomes.put(a.id(), Outcome.FAILED));
            return outcomes;
        }
        return deliverAll(recipients, parsed, meeting, stored, received);
    }

    private Map<Long, Outcome> deliverAll(List<Account> recipients, ParsedMail parsed, Optional<ItipMessage> meeting,
            BlobId blob, Instant received) {
        Map<Long, Account> distinct = new LinkedHashMap<>();
        recipients.forEach(a -> distinct.putIfAbsent(a.id(), a));
        if (distinct.size() > 1) {
            try {
                return store.transaction(tx -> {
                    Map<Long, Outcome> outcomes = new LinkedHashMap<>();
                    for (Account account : distinct.values()) {
                        outcomes.put(account.id(), deliverIn(tx, account, parsed, meeting, blob, received));
                    }
                    return outcomes;
                });
            } catch (StoreException e) {
                LOG.info("delivery to {} accounts in one transaction failed, delivering to each alone: {}",
                        distinct.size(), e.toString());
            }
        }
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        for (Account account : distinct.values()) {
            outcomes.put(account.id(), deliverTo(account, parsed, meeting, blob, received));
        }
        return outcomes;
    }

    /** Opens the message's bytes. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    private ParsedMail parse(Path message, Instant received) throws IOException {
        return parse(() -> Files.newInputStream(message), received);
    }

    /** The parsed message; a parser bug must not turn into an MTA retrying forever, so it falls back. */
    private ParsedMail parse(Source message, Instant received) throws IOException {
        try (InputStream in = message.open()) {
            return parser.parse(in, received);
        } catch (RuntimeException e) {
            if (e instanceof StoreException) {
                throw e;
            }
            LOG.warn("cannot parse a received message, storing it with minimal properties", e);
            return MailParser.minimal(received);
        } catch (StackOverflowError e) {
            // mime4j descends recursively: thousands of nested multiparts fit in the size limit. The message is
            // still stored byte-exact, with minimal properties, rather than failing the delivery for good.
            LOG.warn("cannot parse a received message (MIME nested too deeply), storing it with minimal properties");
            return MailParser.minimal(received);
        }
    }

    private Outcome deliverTo(Account account, ParsedMail parsed, Optional<ItipMessage> meeting, BlobId blob,
            Instant received) {
        try {
            return store.transaction(tx -> deliverIn(tx, account, parsed, meeting, blob, received));
        } catch (StoreException e) {
            LOG.warn("delivery to account {} failed, the MTA will retry: {}", account.id(), e.toString());
            return Outcome.FAILED;
        }
    }

    private Outcome deliverIn(Transaction tx, Account account, ParsedMail parsed, Optional<ItipMessage> meeting,
            BlobId blob, Instant received) {
        Optional<Folder> inbox = tx.folders().findByType(account.id(), FolderType.INBOX);
        if (inbox.isEmpty()) {
            return Outcome.NO_MAILBOX;
        }
        long folder = inbox.get().id();
        if (!tx.items().idsWithMime(folder, blob, received.minus(retryWindow)).isEmpty()) {
            return Outcome.ALREADY_DELIVERED;
        }
        ItemContent mail = parsed.itemFor(blob, account.addresses());
        if (meeting.isPresent()) {
            // An iMIP message: meeting fields on the mail, the calendar change in this transaction.
            mail = meetings.apply(tx, account, meeting.get(), mail, received);
        }
        tx.items().add(folder, mail);
        return Outcome.DELIVERED;
    }
}
