package org.pushbox.server.command.ping;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ping.PingCodec;
import org.pushbox.protocol.command.ping.PingRequest;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.command.ping.PingStatus;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.push.ChangeNotifier;
import org.pushbox.server.push.Interest;
import org.pushbox.server.push.Waiter;
import org.pushbox.server.push.Wakeup;
import org.pushbox.storage.api.DeviceWatch;
import org.pushbox.storage.api.MailboxStore;

/**
 * Ping: answers at once when the request is wrong or a watched folder already has changes the device
 * has not synced, else holds the request on the {@link ChangeNotifier} until a change commits (Status 2),
 * the hierarchy changes (7), or the heartbeat ends (1). A held Ping holds no thread: the returned stage
 * is completed by whoever wakes the waiter. See docs/push.md.
 */
public final class PingProcessor implements CommandProcessor {

    private final MailboxStore store;
    private final ChangeNotifier notifier;
    private final PingLimits limits;

    public PingProcessor(MailboxStore store, ChangeNotifier notifier, PingLimits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        return answer(context).thenApply(response -> CommandResponse.wbxml(
                PingCodec.encodeResponse(response, context.request().protocolVersion())));
    }

    private CompletionStage<PingResponse> answer(CommandContext context) {
        PingRequest request;
        try {
            request = decode(context.body(), context);
        } catch (CommandException e) {
            return done(PingResponse.of(e.status()));
        }
        long deviceId = context.device().id();
        // A Ping that carries both parameters needs the saved watch only to know whether to save its own:
        // that read then happens inside the check's transaction, one transaction fewer per Ping.
        boolean complete = request.heartbeatInterval() != null && request.folders() != null;
        Optional<DeviceWatch> cached = complete ? Optional.empty() : store.devices().watch(deviceId);
        Integer heartbeat = request.heartbeatInterval() != null ? request.heartbeatInterval()
                : cached.map(DeviceWatch::heartbeatSeconds).orElse(null);
        List<String> folders = request.folders() != null
                ? request.folders().stream().map(PingRequest.Folder::id).toList()
                : cached.map(w -> w.folderIds().stream().sorted().map(String::valueOf).toList()).orElse(null);
        if (heartbeat == null || folders == null) {
            return done(PingResponse.of(PingStatus.MISSING_PARAMETERS));
        }
        if (heartbeat < limits.minHeartbeat()) {
            return done(PingResponse.heartbeatOutOfRange(limits.minHeartbeat()));
        }
        if (heartbeat > limits.maxHeartbeat()) {
            return done(PingResponse.heartbeatOutOfRange(limits.maxHeartbeat()));
        }
        if (folders.size() > limits.maxFolders()) {
            return done(PingResponse.tooManyFolders(limits.maxFolders()));
        }
        Optional<Set<Long>> folderIds = FolderIds.parse(folders);
        if (folderIds.isEmpty()) {
            return done(PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED));
        }
        DeviceWatch watch = new DeviceWatch(heartbeat, folderIds.get());
        // Register before looking at the store: a commit between the look and the registration is then
        // not lost. Registering also ends this device's older held Ping (it answers Status 1).
        Waiter waiter = notifier.await(new Interest(context.account().id(), deviceId, watch.folderIds(), true),
                Duration.ofSeconds(heartbeat));
        Optional<PingResponse> now;
        try {
            now = store.transaction(tx -> {
                Optional<PingResponse> immediate = new WatchCheck(tx, context.account().id(), deviceId)
                        .check(watch.folderIds());
                // only a watch that passed every check is reused; one answered at once with changes did
                // (the device's next Ping may be empty and mean this one)
                boolean valid = immediate.isEmpty() || immediate.get().status() == PingStatus.CHANGES;
                Optional<DeviceWatch> saved = complete ? tx.devices().watch(deviceId) : cached;
                if (valid && !saved.equals(Optional.of(watch))) {
                    tx.devices().saveWatch(deviceId, watch);
                }
                return immediate;
            });
        } catch (RuntimeException e) {
            waiter.cancel();
            throw e;
        }
        if (now.isPresent()) {
            waiter.cancel();
            return done(now.get());
        }
        waiter.cancelWhen(context.connectionClosed());
        return waiter.wakeup().thenApply(PingProcessor::toResponse);
    }

    private static PingRequest decode(RequestBody body, CommandContext context) throws CommandException {
        if (body instanceof RequestBody.None) {
            return PingRequest.EMPTY;
        }
        if (body instanceof RequestBody.Wbxml wbxml) {
            return PingCodec.decodeRequest(wbxml.root(), context.request().protocolVersion());
        }
        throw new CommandException(PingStatus.SYNTAX_ERROR, "a MIME body");
    }

    static PingResponse toResponse(Wakeup wakeup) {
        return switch (wakeup.reason()) {
            case FOLDERS_CHANGED -> PingResponse.changes(FolderIds.format(wakeup.changedFolders()));
            case HIERARCHY_CHANGED -> PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED);
            // Superseded: the device has a newer Ping and nothing changed while this one was held, which is
            // what Status 1 says; the device ignores the answer to a request it abandoned anyway.
            case TIMED_OUT, SUPERSEDED, CANCELLED -> PingResponse.of(PingStatus.NO_CHANGES);
        };
    }

    private static CompletionStage<PingResponse> done(PingResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
