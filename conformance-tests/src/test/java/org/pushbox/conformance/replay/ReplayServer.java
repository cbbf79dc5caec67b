package org.pushbox.conformance.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.conformance.client.Credentials;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.StandardCommands;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * pushbox as {@code pushbox serve} runs it, in-process on a loopback port with H2, with access to its store:
 * the replay writes the server's side of each capture there. Ping heartbeats down to 1 s are allowed.
 */
final class ReplayServer implements AutoCloseable {

    private static final String PASSWORD = "replay-Pässword";

    private final MailboxStore store;
    private final PushboxRuntime runtime;

    private ReplayServer(MailboxStore store, PushboxRuntime runtime) {
        this.store = store;
        this.runtime = runtime;
    }

    static ReplayServer start(Path dataDir) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("bind-address", "127.0.0.1");
        settings.put("port", "0");
        settings.put("data-dir", dataDir.toString());
        settings.put("demo-account", "false");
        settings.put("auth.argon2-memory", "1m");
        settings.put("auth.argon2-iterations", "1");
        settings.put("ping.heartbeat-min", "1");
        PushboxConfig config = ConfigLoader.fromValues(settings, "corpus replay");
        Files.createDirectories(config.dataDir());
        MailboxStore store = MailboxStore.open(StoreSettings.of(config));
        try {
            return new ReplayServer(store, PushboxRuntime.start(config, store, new StandardCommands()));
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }

    /** A new account (one per capture, so that captures cannot see each other's folders and items). */
    Account account(String login) {
        return store.accounts().create(new NewAccount(login, PASSWORD, login, List.of(login + "@example.org"),
                PropertyMap.EMPTY));
    }

    Credentials credentials(Account account) {
        return new Credentials(account.login(), PASSWORD);
    }

    MailboxStore store() {
        return store;
    }

    String url() {
        return runtime.boundUrl();
    }

    @Override
    public void close() {
        try {
            runtime.close();
        } finally {
            store.close();
        }
    }
}
