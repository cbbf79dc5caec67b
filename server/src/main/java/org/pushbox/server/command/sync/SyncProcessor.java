package org.pushbox.server.command.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.io.IOException;
import org.pushbox.protocol.model.DecodeLimits;
import org.pushbox.server.sync.mapping.StoredPictures;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.command.sync.SyncStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.push.ChangeNotifier;
import org.pushbox.server.push.Interest;
import org.pushbox.server.push.Waiter;
import org.pushbox.server.push.Wakeup;
import org.pushbox.server.sync.CollectionSync;
import org.pushbox.server.sync.SyncKeys;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync: every collection of a request in one store transaction (client commands, server changes and the
 * next sync states commit together, before the answer leaves). Empty and Partial requests are completed
 * from the device's last full request. With Wait or HeartbeatInterval and nothing to report, the request
 * is held on the {@link ChangeNotifier} without a thread and runs again on a worker when a listed folder
 * changes; a timeout, a newer request of the device or a closed connection ends it with an empty answer
 * ("no changes"). See docs/sync.md.
 */
public final class SyncProcessor implements CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(SyncProcessor.class);

    /** Exchange's bounds for Wait (minutes) and HeartbeatInterval (seconds). */
    static final int MIN_WAIT = 1;
    static final int MAX_WAIT = 59;
    static final int MIN_HEARTBEAT = 60;
    static final int MAX_HEARTBEAT = 3540;
    private static final int CACHED_DEVICES = 10_000;

    private final MailboxStore store;
    private final ChangeNotifier notifier;
    private final Executor workers;
    private final Clock clock;
    private final DecodeLimits limits;
    private final SyncRequestCache cache = new SyncRequestCache(CACHED_DEVICES);

    public SyncProcessor(MailboxStore store, ChangeNotifier notifier, Executor workers, Clock clock) {
        this(store, notifier, workers, clock, DecodeLimits.DEFAULT);
    }

    /** @param limits bounds of what a device's Add or Change may carry (contact picture size) */
    public SyncProcessor(MailboxStore store, ChangeNotifier notifier, Executor workers, Clock clock,
            DecodeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.store = Objects.requireNonNull(store, "store");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        SyncRequest request;
        try {
            request = decode(context.body(), version);
        } catch (CommandException e) {
            return done(failure(e.status() instanceof SyncStatus s ? s : SyncStatus.PROTOCOL_ERROR, null, version));
        }
        long deviceId = context.device().id();
        Optional<SyncRequest> complete = cache.complete(deviceId, request);
        if (complete.isEmpty()) {
            return done(failure(SyncStatus.INCOMPLETE_REQUEST, null, version));
        }
        SyncRequest sync = complete.get();
        Integer limit = outOfRange(sync);
        if (limit != null) {
            return done(failure(SyncStatus.INVALID_WAIT_OR_HEARTBEAT_INTERVAL, limit, version));
        }
        Set<String> listed = new HashSet<>();
        if (request != null && request.collections() != null) {
            request.collections().forEach(c -> listed.add(c.collectionId()));
        }
        Duration hold = sync.waitMinutes() != null ? Duration.ofMinutes(sync.waitMinutes())
                : sync.heartbeatInterval() != null ? Duration.ofSeconds(sync.heartbeatInterval()) : null;
        if (hold == null) {
            notifier.release(context.account().id(), deviceId);
            return done(answer(context, sync, listed, false));
        }
        Waiter waiter = notifier.await(new Interest(context.account().id(), deviceId, folderIds(sync), false), hold);
        CommandResponse now;
        try {
            now = answer(context, sync, listed, true);
        } catch (RuntimeException e) {
            waiter.cancel();
            throw e;
        }
        if (now != null) {
            waiter.cancel();
            return done(now);
        }
        waiter.cancelWhen(context.connectionClosed());
        return waiter.wakeup().thenApplyAsync(wakeup -> wakeup.reason() == Wakeup.Reason.FOLDERS_CHANGED
                ? answer(context, sync, listed, false) : CommandResponse.empty(), workers);
    }

    private static SyncRequest decode(RequestBody body, ProtocolVersion version) throws CommandException {
        if (body instanceof RequestBody.None) {
            return null;
        }
        if (body instanceof RequestBody.Wbxml wbxml) {
            return SyncCodec.decodeRequest(wbxml.root(), version);
        }
        throw new CommandException(SyncStatus.PROTOCOL_ERROR, "a MIME body");
    }

    /** The bound a Wait or HeartbeatInterval violates, else null. */
    static Integer outOfRange(SyncRequest request) {
        Integer wait = request.waitMinutes();
        if (wait != null && (wait < MIN_WAIT || wait > MAX_WAIT)) {
            return wait < MIN_WAIT ? MIN_WAIT : MAX_WAIT;
        }
        Integer heartbeat = request.heartbeatInterval();
        if (heartbeat != null && (heartbeat < MIN_HEARTBEAT || heartbeat > MAX_HEARTBEAT)) {
            return heartbeat < MIN_HEARTBEAT ? MIN_HEARTBEAT : MAX_HEARTBEAT;
        }
        return null;
    }

    private static Set<Long> folderIds(SyncRequest request) {
        Set<Long> ids = new HashSet<>();
        for (SyncRequest.Collection c : request.collections()) {
            long id = SyncKeys.parse(c.collectionId());
            if (id > 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Runs the request in one transaction. Returns null when {@code orNull} and no collection has anything
     * to report (the caller holds the request); otherwise the response, empty when nothing changed.
     */
    private CommandResponse answer(CommandContext context, SyncRequest request, Set<String> listed, boolean orNull) {
        ProtocolVersion version = context.request().protocolVersion();
        long accountId = context.account().id();
        long deviceId = context.device().id();
        List<SyncResponse.CollectionResponse> reported;
        StoredPictures pictures;
        try {
            pictures = StoredPictures.of(request, version, limits, store.blobs()); // before: the blob store has its own connections
        } catch (IOException | StoreException e) {
            LOG.warn("Sync failed for device {}: {}", context.request().deviceId(), e.toString());
            return failure(SyncStatus.SERVER_ERROR, null, version);
        }
        try {
            reported = store.transaction(tx -> {
                CollectionSync sync = new CollectionSync(tx, store.blobs(), accountId, deviceId, version,
                        clock.instant(), limits, pictures);
                SyncWindow window = new SyncWindow(request.windowSize());
                List<SyncResponse.CollectionResponse> list = new ArrayList<>();
                for (SyncRequest.Collection c : request.collections()) {
                    SyncRequest.Collection current = listed.contains(c.collectionId()) ? c : atLatestKey(tx, deviceId, c);
                    CollectionSync.Outcome outcome = sync.run(current, window.room(c.windowSize()));
                    window.used(outcome.sent());
                    if (outcome.reported() || outcome.response().moreAvailable()) {
                        list.add(outcome.response());
                    }
                }
                return list;
            });
        } catch (StoreException e) {
            LOG.warn("Sync failed for device {}: {}", context.request().deviceId(), e.toString());
            return failure(SyncStatus.SERVER_ERROR, null, version);
        }
        if (reported.isEmpty()) {
            return orNull ? null : CommandResponse.empty();
        }
        return CommandResponse.wbxml(SyncCodec.encodeResponse(SyncResponse.of(reported), version));
    }

    /** A collection replayed from the cache runs from the device's newest key, not the one cached. */
    private static SyncRequest.Collection atLatestKey(org.pushbox.storage.api.Transaction tx, long deviceId,
            SyncRequest.Collection c) {
        long folder = SyncKeys.parse(c.collectionId());
        Optional<CollectionState> latest = folder < 1 ? Optional.empty()
                : tx.syncStates().latestCollection(deviceId, folder);
        String key = latest.map(s -> SyncKeys.format(s.syncKey())).orElse(c.syncKey());
        return new SyncRequest.Collection(key, c.collectionId(), c.itemClass(), c.supported(), c.deletesAsMoves(),
                c.getChanges(), c.windowSize(), c.conversationMode(), c.options(), List.of());
    }

    private static CommandResponse failure(SyncStatus status, Integer limit, ProtocolVersion version) {
        return CommandResponse.wbxml(SyncCodec.encodeResponse(SyncResponse.failure(status, limit), version));
    }

    private static CompletionStage<CommandResponse> done(CommandResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
