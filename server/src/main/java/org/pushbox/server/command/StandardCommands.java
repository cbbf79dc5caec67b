package org.pushbox.server.command;

import java.time.Clock;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.foldercreate.FolderCreateProcessor;
import org.pushbox.server.command.folderdelete.FolderDeleteProcessor;
import org.pushbox.server.command.foldersync.FolderSyncProcessor;
import org.pushbox.server.command.folderupdate.FolderUpdateProcessor;
import org.pushbox.server.command.getitemestimate.GetItemEstimateProcessor;
import org.pushbox.server.command.itemoperations.ItemOperationsProcessor;
import org.pushbox.server.command.moveitems.MoveItemsProcessor;
import org.pushbox.server.command.ping.PingLimits;
import org.pushbox.server.command.ping.PingProcessor;
import org.pushbox.server.command.provision.ProvisionProcessor;
import org.pushbox.server.command.settings.SettingsProcessor;
import org.pushbox.server.command.sync.SyncProcessor;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.http.CommandRegistry;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.server.security.PolicyGate;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.MailboxStore;

/**
 * The command processors that {@code pushbox serve} runs. OPTIONS advertises exactly what is
 * registered here, so a command is added to this list only once its processor is complete.
 */
public final class StandardCommands implements PushboxRuntime.CommandSetup {

    private final Clock clock;

    public StandardCommands() {
        this(Clock.systemUTC());
    }

    /** With the clock that dates filter windows (FilterType) in Sync and GetItemEstimate; tests replay old captures. */
    public StandardCommands(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void register(CommandRegistry registry, MailboxStore store, WorkerPool workers, PushboxConfig config) {
        registry.gate(new PolicyGate(config.policy()));
        registry.register(EasCommand.PROVISION, new ProvisionProcessor(store, config.policy()));
        registry.register(EasCommand.SETTINGS, new SettingsProcessor(store, config.policy()));
        registry.register(EasCommand.FOLDER_SYNC, new FolderSyncProcessor(store));
        registry.register(EasCommand.FOLDER_CREATE, new FolderCreateProcessor(store));
        registry.register(EasCommand.FOLDER_UPDATE, new FolderUpdateProcessor(store));
        registry.register(EasCommand.FOLDER_DELETE, new FolderDeleteProcessor(store));
        // One notifier for Ping and Sync: a device has one held request at a time across both.
        LocalChangeNotifier notifier = LocalChangeNotifier.attach(store);
        registry.register(EasCommand.PING, new PingProcessor(store, notifier, PingLimits.of(config)));
        registry.register(EasCommand.SYNC, new SyncProcessor(store, notifier, workers, clock));
        registry.register(EasCommand.GET_ITEM_ESTIMATE, new GetItemEstimateProcessor(store, clock));
        registry.register(EasCommand.MOVE_ITEMS, new MoveItemsProcessor(store));
        registry.register(EasCommand.ITEM_OPERATIONS, new ItemOperationsProcessor(store));
    }
}
