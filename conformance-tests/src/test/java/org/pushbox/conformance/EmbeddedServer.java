package org.pushbox.conformance;

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
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * pushbox as {@code pushbox serve} runs it (the standard commands, the policy enforced), on an ephemeral
 * loopback port with H2 in a temporary directory and one account. Heartbeats down to 1 s are allowed so
 * that a script can wait for a Ping to time out.
 */
public final class EmbeddedServer implements AutoCloseable {

    static final Credentials ACCOUNT = new Credentials("anna", "Grüße-2026");

    private final MailboxStore store;
    private final PushboxRuntime runtime;

    private EmbeddedServer(MailboxStore store, PushboxRuntime runtime) {
        this.store = store;
        this.runtime = runtime;
    }

    /** The server with the one account {@link #ACCOUNT}. */
    static EmbeddedServer start(Path dataDir) throws Exception {
        EmbeddedServer server = startEmpty(dataDir, "conformance tests");
        try {
            server.store.accounts().create(new NewAccount(ACCOUNT.user(), ACCOUNT.password(), "Anna Kovács",
                    List.of("anna@example.org"), PropertyMap.EMPTY));
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The server with no account yet; {@code purpose} names the settings in configuration errors. */
    public static EmbeddedServer startEmpty(Path dataDir, String purpose) throws Exception {
        return startEmpty(dataDir, purpose, Map.of());
    }

    /** The server with no account yet and {@code extra} settings laid over the defaults (LMTP, relay). */
    public static EmbeddedServer startEmpty(Path dataDir, String purpose, Map<String, String> extra) throws Exception {
        return startEmpty(dataDir, purpose, extra, java.time.Clock.systemUTC());
    }

    /** The server with no account yet whose Sync filter windows (FilterType) are dated by {@code clock}. */
    public static EmbeddedServer startEmpty(Path dataDir, String purpose, java.time.Clock clock) throws Exception {
        return startEmpty(dataDir, purpose, Map.of(), clock);
    }

    /** The server with {@code extra} settings over the defaults and Sync filter windows dated by {@code clock}. */
    public static EmbeddedServer startEmpty(Path dataDir, String purpose, Map<String, String> extra,
            java.time.Clock clock) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("bind-address", "127.0.0.1");
        settings.put("port", "0");
        settings.put("data-dir", dataDir.toString());
        settings.put("demo-account", "false");
        settings.put("auth.argon2-memory", "1m");
        settings.put("auth.argon2-iterations", "1");
        settings.put("ping.heartbeat-min", "1");
        settings.putAll(extra);
        PushboxConfig config = ConfigLoader.fromValues(settings, purpose);
        Files.createDirectories(config.dataDir());
        MailboxStore store = MailboxStore.open(StoreSettings.of(config));
        try {
            return new EmbeddedServer(store, PushboxRuntime.start(config, store, new StandardCommands(clock)));
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }

    /** The server's store, for tests that write the server's side of a conversation directly. */
    public MailboxStore store() {
        return store;
    }

    /** Where the LMTP listener is bound, when the settings enabled it. */
    public java.util.Optional<java.net.InetSocketAddress> lmtpAddress() {
        return runtime.lmtp().map(l -> l.localAddress());
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
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
