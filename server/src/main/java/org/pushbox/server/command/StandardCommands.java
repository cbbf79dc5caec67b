package org.pushbox.server.command;

import org.pushbox.protocol.request.EasCommand;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.ping.PingLimits;
import org.pushbox.server.command.ping.PingProcessor;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.http.CommandRegistry;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.MailboxStore;

/**
 * The command processors that {@code pushbox serve} runs. OPTIONS advertises exactly what is
 * registered here, so a command is added to this list only once its processor is complete.
 */
public final class StandardCommands implements PushboxRuntime.CommandSetup {

    @Override
    public void register(CommandRegistry registry, MailboxStore store, WorkerPool workers, PushboxConfig config) {
        // One line per command package, e.g. registry.register(EasCommand.FOLDER_SYNC, new FolderSyncProcessor(store));
        registry.gate(new org.pushbox.server.security.PolicyGate(config.policy()));
        registry.register(org.pushbox.protocol.request.EasCommand.PROVISION,
                new org.pushbox.server.command.provision.ProvisionProcessor(store, config.policy()));
        registry.register(org.pushbox.protocol.request.EasCommand.FOLDER_SYNC,
                new org.pushbox.server.command.foldersync.FolderSyncProcessor(store));
        registry.register(org.pushbox.protocol.request.EasCommand.FOLDER_CREATE,
                new org.pushbox.server.command.foldercreate.FolderCreateProcessor(store));
        registry.register(org.pushbox.protocol.request.EasCommand.FOLDER_UPDATE,
                new org.pushbox.server.command.folderupdate.FolderUpdateProcessor(store));
        registry.register(org.pushbox.protocol.request.EasCommand.FOLDER_DELETE,
                new org.pushbox.server.command.folderdelete.FolderDeleteProcessor(store));
        registry.register(org.pushbox.protocol.request.EasCommand.SETTINGS,
                new org.pushbox.server.command.settings.SettingsProcessor(store, config.policy()));
        LocalChangeNotifier notifier = LocalChangeNotifier.attach(store); // one device slot shared by Ping and Sync
        registry.register(EasCommand.PING, new PingProcessor(store, notifier, PingLimits.of(config)));
        registry.register(EasCommand.SYNC, new org.pushbox.server.command.sync.SyncProcessor(store, notifier, workers, java.time.Clock.systemUTC()));
        registry.register(EasCommand.GET_ITEM_ESTIMATE, new org.pushbox.server.command.getitemestimate.GetItemEstimateProcessor(store, java.time.Clock.systemUTC()));
    }
}
