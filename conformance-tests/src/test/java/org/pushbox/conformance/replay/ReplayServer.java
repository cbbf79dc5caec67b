package org.pushbox.conformance.replay;

import java.nio.file.Path;
import java.util.List;
import org.pushbox.conformance.EmbeddedServer;
import org.pushbox.conformance.client.Credentials;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * The conformance tests' {@link EmbeddedServer} without its fixed account: the replay makes one account per
 * capture and writes the server's side of each capture into the store.
 */
final class ReplayServer implements AutoCloseable {

    private static final String PASSWORD = "replay-Pässword";

    private final EmbeddedServer server;
    private final CaptureClock clock;

    private ReplayServer(EmbeddedServer server, CaptureClock clock) {
        this.server = server;
        this.clock = clock;
    }

    static ReplayServer start(Path dataDir) throws Exception {
        CaptureClock clock = new CaptureClock();
        return new ReplayServer(EmbeddedServer.startEmpty(dataDir, "corpus replay", clock), clock);
    }

    /** The server's clock for filter windows: the replay sets it to each exchange's capture time. */
    CaptureClock clock() {
        return clock;
    }

    /** A new account (one per capture, so that captures cannot see each other's folders and items). */
    Account account(String login) {
        return server.store().accounts().create(new NewAccount(login, PASSWORD, login, List.of(login + "@example.org"),
                PropertyMap.EMPTY));
    }

    Credentials credentials(Account account) {
        return new Credentials(account.login(), PASSWORD);
    }

    MailboxStore store() {
        return server.store();
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
