package org.pushbox.server.command.foldersync;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of the four hierarchy commands: decode, run in one transaction, encode. Every failure becomes
 * the command's own Status (never an HTTP 500): a codec fault carries its status, a {@link Refused} thrown
 * by the work rolls the transaction back and answers its status, a name clash answers the command's
 * "exists" status, and a store failure answers "server error", which clients retry.
 *
 * @param <Q> the typed request
 * @param <R> the typed response
 */
public abstract class HierarchyCommand<Q, R> implements CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(HierarchyCommand.class);

    /** Thrown by {@link #execute} to roll back and answer {@code status}. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EasStatus status;

        public Refused(EasStatus status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        public EasStatus status() {
            return status;
        }
    }

    private final MailboxStore store;

    protected HierarchyCommand(MailboxStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    protected abstract Q decode(WbxmlElement root, ProtocolVersion version) throws CommandException;

    /** Runs the command inside the transaction; {@code sync} is the device's hierarchy state. */
    protected abstract R execute(Transaction tx, HierarchySync sync, Q request);

    protected abstract R failure(EasStatus status);

    protected abstract WbxmlElement encode(R response, ProtocolVersion version);

    /** Incorrectly formatted request (Status 10 in all four commands). */
    protected abstract EasStatus malformed();

    /** Server error, the client may retry (Status 6 in all four commands). */
    protected abstract EasStatus serverError();

    /** The status for a name that already exists under the parent. */
    protected EasStatus nameExists() {
        return serverError();
    }

    @Override
    public final CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        return CompletableFuture.completedFuture(CommandResponse.wbxml(encode(answer(context), version)));
    }

    private R answer(CommandContext context) {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            return failure(malformed());
        }
        Q request;
        try {
            request = decode(body.root(), context.request().protocolVersion());
        } catch (CommandException e) {
            return failure(e.status());
        }
        long accountId = context.account().id();
        long deviceId = context.device().id();
        try {
            return store.transaction(tx -> execute(tx, new HierarchySync(tx, accountId, deviceId), request));
        } catch (Refused e) {
            LOG.debug("{} refused with {} for device {}: {}", context.request().command(), e.status().code(),
                    context.request().deviceId(), e.getMessage());
            return failure(e.status());
        } catch (ConflictException e) {
            return failure(nameExists());
        } catch (IllegalArgumentException e) {
            // The store's own checks (name length, moving a folder below itself) are request faults.
            return failure(malformed());
        } catch (StoreException e) {
            LOG.warn("{} failed for device {}: {}", context.request().command(), context.request().deviceId(),
                    e.toString());
            return failure(serverError());
        }
    }
}
