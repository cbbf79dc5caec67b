package org.pushbox.server.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.sync.SyncOptions;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.command.sync.SyncResponse;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.push.LocalChangeNotifier;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/** A store with one account and device, a Sync processor over it, and requests sent through the codec. */
final class SyncHarness {

    static final ProtocolVersion V14_1 = ProtocolVersion.V14_1;

    final MailboxStore store;
    final LocalChangeNotifier notifier;
    final SyncProcessor processor;
    final Account anna;
    final Device phone;
    Instant now = Instant.parse("2026-03-01T12:00:00Z");

    SyncHarness(MailboxStore store) {
        this(store, org.pushbox.protocol.model.DecodeLimits.DEFAULT);
    }

    SyncHarness(MailboxStore store, org.pushbox.protocol.model.DecodeLimits limits) {
        this.store = store;
        this.notifier = LocalChangeNotifier.attach(store);
        this.processor = new SyncProcessor(store, notifier, Runnable::run, new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        }, limits);
        this.anna = store.accounts().create(new NewAccount("anna", "pw-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
        this.phone = store.devices().register(anna.id(), "SYNC0001", DeviceInfo.of("iPhone", "Apple-iPhone/1"));
    }

    Folder folder(FolderType type) {
        return store.folders().findByType(anna.id(), type).orElseThrow();
    }

    Item mail(Folder folder, String subject, Instant received) {
        return store.items().add(folder.id(), mailContent(subject, received));
    }

    static ItemContent mailContent(String subject, Instant received) {
        PropertyMap p = PropertyMap.builder().text(EmailProperty.SUBJECT, subject)
                .text(EmailProperty.FROM, "\"Bob\" <bob@example.org>").text(EmailProperty.TO, "anna@example.org")
                .time(EmailProperty.DATE_RECEIVED, received).bool(EmailProperty.READ, false)
                .text(EmailProperty.BODY, "Hello " + subject).integer(EmailProperty.BODY_TYPE, 1).build();
        return new ItemContent(ItemClass.EMAIL, p, null, "Hello " + subject, List.of());
    }

    /** A message of the conversation with id {@code conversation} (ConversationMode tests). */
    static ItemContent mailContent(String subject, Instant received, byte[] conversation) {
        ItemContent plain = mailContent(subject, received);
        return new ItemContent(plain.itemClass(), plain.properties().toBuilder()
                .bytes(EmailProperty.CONVERSATION_ID, conversation).build(), null, plain.preview(), List.of());
    }

    /** Sends a request and returns the raw response (WBXML round trip on both sides). */
    CommandResponse send(SyncRequest request, ProtocolVersion version) throws Exception {
        return send(request, version, phone);
    }

    /** Sends a request as {@code device} (another phone of the same account) in {@code version}. */
    CommandResponse send(SyncRequest request, ProtocolVersion version, Device device) throws Exception {
        return send(request, version, version, device);
    }

    /**
     * Sends a request encoded for {@code encoded} on a request line of {@code version}: how an older client
     * that mixes in newer elements is imitated (the encoder leaves out what a version does not know).
     */
    CommandResponse send(SyncRequest request, ProtocolVersion encoded, ProtocolVersion version, Device device)
            throws Exception {
        RequestBody body = request == null ? new RequestBody.None()
                : new RequestBody.Wbxml(Wbxml.decode(Wbxml.encode(SyncCodec.encodeRequest(request, encoded))));
        EasRequest line = EasRequest.builder(EasCommand.SYNC, version, device.deviceId(), "iPhone").build();
        CommandContext context = new CommandContext(line, anna, device, body, RequestHeaders.empty(),
                new CompletableFuture<>());
        return processor.process(context).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    SyncResponse sync(SyncRequest request) throws Exception {
        return decode(send(request, V14_1));
    }

    static SyncResponse decode(CommandResponse response) throws Exception {
        return decode(response, V14_1);
    }

    static SyncResponse decode(CommandResponse response, ProtocolVersion version) throws Exception {
        if (response.kind() == CommandResponse.Kind.EMPTY) {
            return null;
        }
        assertThat(response.kind()).isEqualTo(CommandResponse.Kind.WBXML);
        return SyncCodec.decodeResponse(Wbxml.decode(Wbxml.encode(response.document())), version);
    }

    static SyncRequest request(SyncRequest.Collection... collections) {
        return new SyncRequest(List.of(collections), null, null, null, false);
    }

    static SyncRequest.Collection collection(String key, Folder folder, Integer window, FilterType filter,
            SyncRequest.ClientCommand... commands) {
        List<SyncOptions> options = filter == null ? List.of()
                : List.of(new SyncOptions(null, filter, List.of(), List.of(), null, null, null, null, null));
        return new SyncRequest.Collection(key, Long.toString(folder.id()), null, null, null,
                key.equals("0") ? null : true, window, false, options, List.of(commands));
    }

    static SyncResponse.CollectionResponse only(SyncResponse response) {
        assertThat(response.collections()).hasSize(1);
        return response.collections().get(0);
    }

    /** Syncs key 0 and then pages until MoreAvailable ends; returns every server command in order. */
    List<SyncResponse.ServerCommand> fullSync(Folder folder, Integer window, FilterType filter) throws Exception {
        String key = only(sync(request(collection("0", folder, window, filter)))).syncKey();
        List<SyncResponse.ServerCommand> all = new ArrayList<>();
        boolean more = true;
        while (more) {
            SyncResponse.CollectionResponse c = only(sync(request(collection(key, folder, window, filter))));
            all.addAll(c.commands());
            more = c.moreAvailable();
            key = c.syncKey();
            lastKey = key;
        }
        return all;
    }

    String lastKey;
}
