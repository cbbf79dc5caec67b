package org.pushbox.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.config.ConfigException;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * A real pushbox on an ephemeral loopback port with a real H2 store in a temporary directory, and one
 * account (anna) whose password has characters outside ASCII and inside Latin-1.
 */
public final class RunningServer implements AutoCloseable {

    public static final String LOGIN = "anna";
    public static final String PASSWORD = "Grüße-2026";
    public static final String ADDRESS = "anna@example.org";
    public static final String ALIAS = "anna.k@example.org";

    private final PushboxConfig config;
    private final MailboxStore store;
    private final PushboxRuntime runtime;
    private final Account account;
    private final HttpClient client;

    private RunningServer(PushboxConfig config, MailboxStore store, PushboxRuntime runtime, Account account,
            HttpClient client) {
        this.config = config;
        this.store = store;
        this.runtime = runtime;
        this.account = account;
        this.client = client;
    }

    /** Test defaults: loopback, port 0, cheap password hashing, no demo account. */
    public static Map<String, String> testSettings(Path dataDir) {
        Map<String, String> settings = new HashMap<>();
        settings.put("bind-address", "127.0.0.1");
        settings.put("port", "0");
        settings.put("data-dir", dataDir.toString());
        settings.put("demo-account", "false");
        settings.put("auth.argon2-memory", "1m");
        settings.put("auth.argon2-iterations", "1");
        return settings;
    }

    public static RunningServer start(Path dataDir, Map<String, String> overrides, PushboxRuntime.CommandSetup setup)
            throws IOException, InterruptedException, ConfigException {
        Map<String, String> settings = testSettings(dataDir);
        settings.putAll(overrides);
        PushboxConfig config = ConfigLoader.fromValues(settings, "test");
        Files.createDirectories(config.dataDir());
        MailboxStore store = MailboxStore.open(StoreSettings.of(config));
        try {
            Account account = store.accounts().create(new NewAccount(LOGIN, PASSWORD, "Anna Kovács",
                    java.util.List.of(ADDRESS, ALIAS), PropertyMap.EMPTY));
            PushboxRuntime runtime = PushboxRuntime.start(config, store, setup);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            return new RunningServer(config, store, runtime, account, client);
        } catch (IOException | InterruptedException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create(runtime.boundUrl() + pathAndQuery);
    }

    public int port() {
        return runtime.server().localAddress().getPort();
    }

    public PushboxConfig config() {
        return config;
    }

    public MailboxStore store() {
        return store;
    }

    public Account account() {
        return account;
    }

    public HttpClient client() {
        return client;
    }

    public static String basic(String user, String password) {
        return basic((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String basic(byte[] userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword);
    }

    /** A request builder with anna's credentials. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(LOGIN, PASSWORD));
    }

    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
