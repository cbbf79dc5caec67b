package org.pushbox.server.command;

import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.http.CommandRegistry;
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
    }
}
