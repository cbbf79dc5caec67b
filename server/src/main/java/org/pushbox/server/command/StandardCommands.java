package org.pushbox.server.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.pushbox.protocol.model.DecodeLimits;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.foldercreate.FolderCreateProcessor;
import org.pushbox.server.command.folderdelete.FolderDeleteProcessor;
import org.pushbox.server.command.foldersync.FolderSyncProcessor;
import org.pushbox.server.command.getattachment.GetAttachmentProcessor;
import org.pushbox.server.command.folderupdate.FolderUpdateProcessor;
import org.pushbox.server.command.getitemestimate.GetItemEstimateProcessor;
import org.pushbox.server.command.itemoperations.ItemOperationsProcessor;
import org.pushbox.server.command.meetingresponse.MeetingResponseProcessor;
import org.pushbox.server.command.moveitems.MoveItemsProcessor;
import org.pushbox.server.command.ping.PingLimits;
import org.pushbox.server.command.ping.PingProcessor;
import org.pushbox.server.command.provision.ProvisionProcessor;
import org.pushbox.server.command.sendmail.SendMailProcessor;
import org.pushbox.server.command.settings.SettingsProcessor;
import org.pushbox.server.command.smartforward.SmartForwardProcessor;
import org.pushbox.server.command.smartreply.SmartReplyProcessor;
import org.pushbox.server.command.sync.SyncProcessor;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.http.CommandRegistry;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.compose.ComposeService;
import org.pushbox.server.mail.out.MailSubmitter;
import org.pushbox.server.mail.out.Outbox;
import org.pushbox.server.pim.imip.OrganizerInvitations;
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
        registry.register(EasCommand.GET_ITEM_ESTIMATE, new GetItemEstimateProcessor(store, clock));
        registry.register(EasCommand.MOVE_ITEMS, new MoveItemsProcessor(store));
        registry.register(EasCommand.ITEM_OPERATIONS, new ItemOperationsProcessor(store));
        // 2.5-12.1 only: the request line answers 14.0+ clients 400/Status 138 before any processor runs.
        registry.register(EasCommand.GET_ATTACHMENT, new GetAttachmentProcessor(store));
        // Mail out (docs/mail-out.md): the one Outbox of this server, stopped with it. SendMail, SmartReply,
        // SmartForward and MeetingResponse take it as a constructor argument. Mail is dated by the wall clock,
        // not by the filter-window clock (which replays of old captures set back).
        Clock wall = Clock.systemUTC();
        MailSubmitter submitter = registry.closeOnStop(outbox(store, config, wall));
        registry.register(EasCommand.MEETING_RESPONSE, new MeetingResponseProcessor(store, submitter, wall));
        // Sync tells the invitations of meetings 16.x devices organize after each commit (docs/meetings.md).
        registry.register(EasCommand.SYNC, new SyncProcessor(store, notifier, workers, clock,
                new DecodeLimits(config.contactPictureMaxBytes(), DecodeLimits.DEFAULT.maxAttachmentBytes()),
                new OrganizerInvitations(store, submitter, wall)));
        ComposeService compose = new ComposeService(store, submitter, wall);
        registry.register(EasCommand.SEND_MAIL, new SendMailProcessor(compose));
        registry.register(EasCommand.SMART_REPLY, new SmartReplyProcessor(compose));
        registry.register(EasCommand.SMART_FORWARD, new SmartForwardProcessor(compose));
    }

    private static Outbox outbox(MailboxStore store, PushboxConfig config, Clock clock) {
        try {
            return Outbox.start(store, new MailDelivery(store, clock), config.relay(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the outbox: " + e.getMessage(), e);
        }
    }
}
