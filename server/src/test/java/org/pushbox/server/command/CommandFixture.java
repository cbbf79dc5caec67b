package org.pushbox.server.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** A real H2 store in a temporary directory with one account, and a way to run a processor on a request. */
public final class CommandFixture implements AutoCloseable {

    public static final String ADDRESS = "bob@example.org";
    public static final String ALIAS = "robert@example.org";

    private final MailboxStore store;
    private final Account account;

    public CommandFixture(Path dir) {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        account = store.accounts().create(new NewAccount("bob", "secret-1", "Bob Builder", List.of(ADDRESS, ALIAS),
                PropertyMap.EMPTY));
    }

    public MailboxStore store() {
        return store;
    }

    /** The account as stored now (policy and addresses may have changed). */
    public Account account() {
        return store.accounts().get(account.id()).orElseThrow();
    }

    public Device device(String deviceId) {
        return store.devices().register(account.id(), deviceId, DeviceInfo.of("TestPhone", "TestAgent/1.0"));
    }

    /** Runs {@code processor} as device {@code deviceId}, through a WBXML round trip of the request body. */
    public CommandResponse run(CommandProcessor processor, EasCommand command, ProtocolVersion version,
            String deviceId, WbxmlElement body) throws Exception {
        return run(processor, EasRequest.builder(command, version, deviceId, "TestPhone").build(), body);
    }

    public CommandResponse run(CommandProcessor processor, EasRequest request, WbxmlElement body) throws Exception {
        return runAs(account(), processor, request, body);
    }

    /** Runs {@code processor} for another account of the store (meetings between two accounts). */
    public CommandResponse runAs(Account as, CommandProcessor processor, EasRequest request, WbxmlElement body)
            throws Exception {
        Device device = store.devices().register(as.id(), request.deviceId(),
                DeviceInfo.of("TestPhone", "TestAgent/1.0"));
        RequestBody requestBody = body == null ? new RequestBody.None()
                : new RequestBody.Wbxml(Wbxml.decode(Wbxml.encode(body)));
        CommandContext context = new CommandContext(request, as, device, requestBody, RequestHeaders.empty(),
                new CompletableFuture<>());
        return processor.process(context).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The response document after a WBXML round trip, as a client would read it. */
    public static WbxmlElement document(CommandResponse response) throws Exception {
        return Wbxml.decode(Wbxml.encode(response.document()));
    }

    @Override
    public void close() {
        store.close();
    }
}
