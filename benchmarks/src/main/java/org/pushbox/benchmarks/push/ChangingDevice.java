package org.pushbox.benchmarks.push;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The account's other device (a laptop, a second phone) that marks the Inbox's mail read and unread: each
 * toggle is a Sync Change that commits in the server and must wake the account's held Pings.
 */
final class ChangingDevice {

    private final String user;
    private final String password;
    private final String deviceId;
    private EasDevice device;
    private String mail;
    private boolean read;

    ChangingDevice(String user, String password, String deviceId) {
        this.user = user;
        this.password = password;
        this.deviceId = deviceId;
    }

    /** On its connection, FolderSync and Sync key 0 -> 1 -> 2: it learns the ServerId of the seeded mail. */
    CompletableFuture<?> prepare(EasConnection connection) {
        device = new EasDevice(connection, user, password, deviceId);
        return device.folderSync()
                .thenCompose(f -> device.syncInbox(null, List.of(), List.of()))
                .thenCompose(zero -> device.syncInbox(10, List.of(), List.of()))
                .thenAccept(page -> mail = page.commands().stream().findFirst().map(SyncResponse.ServerCommand::serverId)
                        .orElseThrow(() -> new IllegalStateException(device.user() + "'s Inbox is empty")));
    }

    /** Marks the mail read (or unread again); completes with the time the Sync answer arrived. */
    CompletableFuture<Long> toggleRead() {
        read = !read;
        WbxmlElement data = WbxmlElement.of(ApplicationData.TAG,
                WbxmlElement.text(CodePages.tag("Email", "Read"), read ? "1" : "0"));
        SyncRequest.Change change = new SyncRequest.Change(null, mail, null, new ApplicationData(data));
        return device.syncInbox(10, List.of(), List.of(change)).thenApply(r -> device.lastArrivedNanos());
    }
}
