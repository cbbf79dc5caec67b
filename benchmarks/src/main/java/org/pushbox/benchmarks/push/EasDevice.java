package org.pushbox.benchmarks.push;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncRequest;
import org.pushbox.protocol.command.foldersync.FolderSyncResponse;
import org.pushbox.protocol.command.foldersync.FolderType;
import org.pushbox.protocol.command.ping.PingCodec;
import org.pushbox.protocol.command.ping.PingRequest;
import org.pushbox.protocol.command.ping.PingResponse;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A simulated phone on one connection, speaking EAS 14.1 in the plain query form: FolderSync, Sync of
 * its Inbox, Ping on its Inbox. It remembers its Inbox id and Sync key as a phone does. Not thread-safe:
 * one request at a time, chained on the returned futures.
 */
public final class EasDevice {

    private static final ProtocolVersion VERSION = ProtocolVersion.V14_1;

    private final EasConnection connection;
    private final String user;
    private final String deviceId;
    private final String authorization;
    private String inbox;
    private String inboxKey = "0";
    private volatile long lastArrivedNanos;
    private volatile long receivedBytes;

    public EasDevice(EasConnection connection, String user, String password, String deviceId) {
        this.connection = connection;
        this.user = user;
        this.deviceId = deviceId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String user() {
        return user;
    }

    public String inbox() {
        return inbox;
    }

    public EasConnection connection() {
        return connection;
    }

    /** Body bytes of every answer so far. */
    public long receivedBytes() {
        return receivedBytes;
    }

    /** When the answer to this device's latest request arrived ({@link System#nanoTime()}). */
    public long lastArrivedNanos() {
        return lastArrivedNanos;
    }

    /** FolderSync from key 0; learns the Inbox id. */
    public CompletableFuture<FolderSyncResponse> folderSync() {
        return post("FolderSync", FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"), VERSION)).thenApply(r -> {
            FolderSyncResponse response = unchecked(() -> FolderSyncCodec.decodeResponse(decode(r), VERSION));
            inbox = response.added().stream().filter(f -> f.type() == FolderType.DEFAULT_INBOX).findFirst()
                    .orElseThrow(() -> new IllegalStateException(user + " has no Inbox")).serverId();
            return response;
        });
    }

    /**
     * One Sync of the Inbox from the remembered key (key 0 on the first call), with the given window, options
     * and commands; remembers the new key. Completes with null for an empty answer ("no changes").
     */
    public CompletableFuture<SyncResponse.CollectionResponse> syncInbox(Integer windowSize, List<SyncOptions> options,
            List<SyncRequest.ClientCommand> commands) {
        boolean initial = inboxKey.equals("0");
        SyncRequest.Collection collection = new SyncRequest.Collection(inboxKey, inbox, null, null, null,
                initial ? null : Boolean.TRUE, initial ? null : windowSize, false, options, commands);
        SyncRequest request = new SyncRequest(List.of(collection), null, null, null, false);
        return post("Sync", SyncCodec.encodeRequest(request, VERSION)).thenApply(r -> {
            if (r.body().length == 0) {
                return null;
            }
            SyncResponse response = unchecked(() -> SyncCodec.decodeResponse(decode(r), VERSION));
            SyncResponse.CollectionResponse inboxResponse = response.collections().stream()
                    .filter(c -> c.collectionId().equals(inbox)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Sync status " + response.status().code()));
            if (inboxResponse.syncKey() == null) {
                throw new IllegalStateException("Sync of " + user + "/" + deviceId + " failed with status "
                        + inboxResponse.status().code());
            }
            inboxKey = inboxResponse.syncKey();
            return inboxResponse;
        });
    }

    /** Sends a Ping on the Inbox; the raw answer keeps its arrival time. */
    public CompletableFuture<EasReply> ping(int heartbeatSeconds) {
        PingRequest request = new PingRequest(heartbeatSeconds, List.of(new PingRequest.Folder(inbox, ItemClass.EMAIL)));
        return post("Ping", PingCodec.encodeRequest(request, VERSION));
    }

    public static PingResponse pingResponse(EasReply reply) {
        return unchecked(() -> PingCodec.decodeResponse(decode(reply), VERSION));
    }

    private CompletableFuture<EasReply> post(String command, WbxmlElement body) {
        String query = "/Microsoft-Server-ActiveSync?Cmd=" + command + "&User=" + user + "&DeviceId=" + deviceId
                + "&DeviceType=iPhone";
        return connection.post(query, authorization, VERSION.headerValue(), Wbxml.encode(body)).thenApply(r -> {
            lastArrivedNanos = r.arrivedNanos();
            receivedBytes += r.body().length; // one request at a time: no lost updates
            return r;
        });
    }

    private static WbxmlElement decode(EasReply reply) throws Exception {
        if (reply.status() != 200) {
            throw new IllegalStateException("HTTP " + reply.status());
        }
        return Wbxml.decode(reply.body());
    }

    /** Decoding throws checked exceptions; in a load driver any of them simply ends the run. */
    private static <T> T unchecked(Decoding<T> decoding) {
        try {
            return decoding.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("undecodable answer: " + e, e);
        }
    }

    private interface Decoding<T> {
        T run() throws Exception;
    }
}
