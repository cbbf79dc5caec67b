package org.pushbox.server.mail.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.server.mail.out.MailSubmitter;
import org.pushbox.server.mail.out.OutgoingMessage;
import org.pushbox.server.mail.out.SubmitException;
import org.pushbox.server.mail.out.SubmitResult;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SendMail, SmartReply and SmartForward behind the protocol: find the original, compose, hand the message
 * to the {@link MailSubmitter}, and keep a Sent Items copy when asked. Blocking: run it on the worker pool.
 *
 * <p>The submit and the Sent Items copy are two transactions (the submitter owns its own). The copy is
 * written after the submit committed and only once per ClientId, so a repeated send neither goes out
 * twice nor leaves two copies; if the process dies between the two, the copy is added when the device
 * repeats the send (it will: it never got an answer).
 */
public final class ComposeService {

    private static final Logger LOG = LoggerFactory.getLogger(ComposeService.class);

    /** What became of a request that was not refused. */
    public enum Outcome {
        SENT,
        /** The account already sent a message under this ClientId; nothing was sent again. */
        ALREADY_SENT
    }

    private final MailboxStore store;
    private final MailSubmitter submitter;
    private final MessageComposer composer;
    private final SourceLocator locator;
    private final SentItems sentItems;

    public ComposeService(MailboxStore store, MailSubmitter submitter, Clock clock) {
        this(store, submitter, clock, new MessageComposer(clock));
    }

    public ComposeService(MailboxStore store, MailSubmitter submitter, Clock clock, MessageComposer composer) {
        this.store = store;
        this.submitter = submitter;
        this.composer = composer;
        this.locator = new SourceLocator(store);
        this.sentItems = new SentItems(store, clock);
    }

    /** Sends the message; a refusal is a {@link ComposeException} with the status the client gets. */
    public Outcome send(Account account, ComposeRequest request) throws ComposeException {
        try {
            return attempt(account, request);
        } catch (StoreException e) {
            LOG.warn("{} for account {} failed in the store: {}", request.kind(), account.id(), e.toString());
            throw new ComposeException(CommonStatus.SERVER_ERROR_RETRY_LATER, "store failure", e);
        }
    }

    private Outcome attempt(Account account, ComposeRequest request) throws ComposeException {
        checkAccountId(account, request.accountId());
        OriginalMessage original = null;
        if (request.source() != null) {
            Item item = locator.find(account.id(), request.source());
            original = request.kind() == ComposeKind.FORWARD && !request.replaceMime()
                    ? OriginalMessage.forForward(store.blobs(), item)
                    : OriginalMessage.forReply(store.blobs(), item);
        }
        ComposedMessage message = composer.compose(account, request.kind(), request.mime(), request.replaceMime(),
                original);
        String clientId = request.clientId() != null ? request.clientId() : legacyClientId(message);
        SubmitResult result;
        try {
            result = submitter.submit(new OutgoingMessage(account.id(), clientId, message.envelopeFrom(),
                    message.recipients(), message.mime()));
        } catch (SubmitException e) {
            throw new ComposeException(status(e.reason()), e.getMessage(), e);
        }
        if (request.saveInSent()) {
            saveCopy(account, message, clientId);
        }
        return result.outcome() == SubmitResult.Outcome.DUPLICATE_CLIENT_ID ? Outcome.ALREADY_SENT : Outcome.SENT;
    }

    /** The copy failing does not undo a message that left; the device is told it was sent, as it was. */
    private void saveCopy(Account account, ComposedMessage message, String clientId) {
        try {
            sentItems.save(account, message.mime(), clientId);
        } catch (IOException | StoreException e) {
            LOG.warn("message of account {} sent, but its Sent Items copy failed: {}", account.id(), e.toString());
        }
    }

    /**
     * The 12.1 form has no ClientId: a repeat is recognised by the client's own Message-ID instead
     * (hashed to a fixed length). A message without one cannot be recognised as a repeat.
     */
    private static String legacyClientId(ComposedMessage message) {
        if (message.clientMessageId() == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(message.clientMessageId().getBytes(StandardCharsets.UTF_8));
            return "mid:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** 14.1 AccountId: pushbox offers no other accounts, so only the account's own login or address is valid. */
    private static void checkAccountId(Account account, String accountId) throws ComposeException {
        if (accountId == null || accountId.equalsIgnoreCase(account.login())
                || Addressing.ownAddress(account, accountId).isPresent()) {
            return;
        }
        throw new ComposeException(CommonStatus.INVALID_ACCOUNT_ID, "AccountId " + accountId + " is not this account");
    }

    static CommonStatus status(SubmitException.Reason reason) {
        return switch (reason) {
            case SENDER_NOT_ALLOWED -> CommonStatus.ACCESS_DENIED;
            case INVALID_RECIPIENT -> CommonStatus.MESSAGE_RECIPIENT_UNRESOLVED;
            case TOO_LARGE -> CommonStatus.MAILBOX_QUOTA_EXCEEDED;
            case STORAGE_FAILED -> CommonStatus.SERVER_ERROR_RETRY_LATER;
            case NO_RELAY -> CommonStatus.MAIL_SUBMISSION_FAILED;
        };
    }
}
